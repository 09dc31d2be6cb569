#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Builds the two small PDF fixtures of tests/unit/ingest/data by hand (no PDF library needed):
#   python3 make_pdfs.py tests/unit/ingest/data
# The TCVN3 one names its fonts .VnTime/.VnTimeH without embedding them and has no ToUnicode map, so its text
# layer holds TCVN3 bytes in CP1252 view, as pre-2003 PDFs do; byte 0xAD (ư) is avoided because WinAnsiEncoding
# calls that code 'hyphen'.
import hashlib, struct, sys

def pdf_string(data: bytes) -> bytes:
    return b'(' + data.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'

def build(objects, trailer_extra=b''):
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R ' % (len(objects) + 1) + trailer_extra + b'>>\nstartxref\n%d\n%%%%EOF\n' % xref
    return out

def stream(data: bytes) -> bytes:
    return b'<< /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'

def font(name: bytes) -> bytes:
    widths = b' '.join([b'500'] * 224)
    return (b'<< /Type /Font /Subtype /Type1 /BaseFont /' + name +
            b' /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [' + widths + b'] >>')

def tcvn3_header():
    # (font, size, x, y, TCVN3 bytes): a Decree 30 header in two columns, the title, two body lines.
    lines = [
        (b'F2', 13, 110, 780, 'chÝnh phñ'.encode('cp1252')),
        (b'F1', 13, 95, 760, 'Sè: 30/2020/N\xa7-CP'.encode('cp1252')),
        (b'F2', 13, 300, 780, 'céng hoµ x\xb7 héi chñ nghÜa viÖt nam'.encode('cp1252')),
        (b'F1', 13, 330, 766, '\xa7éc lËp - Tù do - H¹nh phóc'.encode('cp1252')),
        (b'F1', 13, 325, 752, 'Hµ Néi, ngµy 05 th¸ng 3 n¨m 2020'.encode('cp1252')),
        (b'F2', 14, 270, 700, 'nghÞ ®Þnh'.encode('cp1252')),
        (b'F1', 13, 72, 670, '\xa7iÒu 1. Ph¹m vi ®iÒu chØnh'.encode('cp1252')),
        (b'F1', 13, 72, 655, 'NghÞ ®Þnh nµy quy ®Þnh vÒ c«ng t¸c lËp hå s¬.'.encode('cp1252')),
    ]
    content = b''
    for f, size, x, y, text in lines:
        content += b'BT /%s %d Tf %d %d Td %s Tj ET\n' % (f, size, x, y, pdf_string(text))
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
        stream(content),
        font(b'.VnTime'),
        font(b'.VnTimeH'),
    ]
    return build(objects)

# RC4 and the PDF standard security handler, revision 2 (40-bit key), PDF 1.4 §3.5.2.
PAD = bytes.fromhex('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A')

def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256)); j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256; s[i], s[j] = s[j], s[i]
    i = j = 0; out = bytearray()
    for byte in data:
        i = (i + 1) % 256; j = (j + s[i]) % 256; s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)

def encrypted():
    user, owner = b'secret', b'owner-secret'
    pad = lambda pw: (pw + PAD)[:32]
    o = rc4(hashlib.md5(pad(owner)).digest()[:5], pad(user))
    p = -44  # print, copy allowed
    file_id = hashlib.md5(b'vanthu test fixture').digest()
    key = hashlib.md5(pad(user) + o + struct.pack('<i', p) + file_id).digest()[:5]
    u = rc4(key, PAD)
    content = b'BT /F1 12 Tf 72 720 Td (Dieu 1. Pham vi dieu chinh) Tj ET'
    object_key = hashlib.md5(key + struct.pack('<I', 4)[:3] + b'\x00\x00').digest()[:10]
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R >> >> >>',
        stream(rc4(object_key, content)),
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Filter /Standard /V 1 /R 2 /O <' + o.hex().encode() + b'> /U <' + u.hex().encode() +
        b'> /P %d >>' % p,
    ]
    return build(objects, b'/Encrypt 6 0 R /ID [<' + file_id.hex().encode() + b'> <' + file_id.hex().encode() + b'>] ')

open(sys.argv[1] + '/tcvn3-two-column-header.pdf', 'wb').write(tcvn3_header())
open(sys.argv[1] + '/encrypted-user-password.pdf', 'wb').write(encrypted())

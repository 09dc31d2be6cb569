// SPDX-License-Identifier: Apache-2.0
//
// What the Node end-to-end tests share: a library made from corpus/ by the real binary, with a clerk account, and
// `vanthu serve` on a port the system picks.
'use strict';
const { spawn, execFileSync } = require('child_process');
const path = require('path');

const PASSWORD = 'mật khẩu văn thư';

function makeLibrary(vanthu, source, dir) {
  const library = path.join(dir, 'lib');
  try {
    execFileSync(vanthu, ['ingest', '--library', library, path.join(source, 'corpus', 'laws'),
                          path.join(source, 'corpus', 'gazette')], { stdio: 'pipe' });
  } catch (error) {
    if (error.status !== 1) throw error;  // 1: the image-only gazette PDF is refused, the rest stored
  }
  execFileSync(vanthu, ['user', 'add', 'an', '--library', library], { input: PASSWORD + '\n' });
  return library;
}

// Resolves to { server, base } once the server says where it listens.
function serve(vanthu, library) {
  return new Promise((resolve, reject) => {
    const server = spawn(vanthu, ['serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('vanthu serve did not start: ' + out)), 30000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({ server, base: match[1] });
      }
    });
    server.on('exit', (code) => reject(new Error('vanthu serve exited with ' + code + ': ' + out)));
  });
}

function stop(server) {
  server.removeAllListeners('exit');
  server.kill('SIGTERM');
}

function check(condition, what) {
  if (!condition) throw new Error('FAILED: ' + what);
  console.log('ok   ' + what);
}

module.exports = { PASSWORD, makeLibrary, serve, stop, check };

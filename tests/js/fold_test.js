// SPDX-License-Identifier: Apache-2.0
//
// templates/html/search.js against the shared folding vectors (tests/vectors/fold-*.tsv), which the C++ test
// tests/unit/text/fold_vectors_test.cpp checks against engine/text: the offline search folds as the engine does.
// Also: the search itself, on a few documents. Run by CTest: node tests/js/fold_test.js SOURCE_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const source = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const search = require(path.join(source, 'templates', 'html', 'search.js'));

let failures = 0, cases = 0;
function vectors(file, fold) {
  for (const line of fs.readFileSync(path.join(source, 'tests', 'vectors', file), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [input, expected] = line.split('\t');
    const actual = fold(input);
    cases++;
    if (actual !== expected) {
      failures++;
      console.error(`${file}: ${JSON.stringify(input)}: JavaScript gives ${JSON.stringify(actual)}, the engine ${JSON.stringify(expected)}`);
    }
  }
}
vectors('fold-words.tsv', search.foldWord);
vectors('fold-texts.tsv', (text) => search.foldText(text).join(' '));

// The search: every word must match, title words first, typed with or without diacritics.
const docs = [
  { href: 'a.html', title: 'Quy chế dân chủ ở cơ sở', number: '12/2022/NQ-HĐND', date: '2022-05-01', keys: 'quy che dan chu o co so thon' },
  { href: 'b.html', title: 'Hòa giải ở cơ sở', number: '35/2013/QH13', date: '2013-06-20', keys: 'hoa giai o co so dan chu' },
  { href: 'c.html', title: 'Kỹ thuật', number: '', date: '2020-01-01', keys: 'ki thuat' },
];
const titles = (q) => search.search(docs, q).map((d) => d.href).join(',');
try {
  assert.strictEqual(titles('quy che dan chu'), 'a.html');
  assert.strictEqual(titles('Quy chế dân chủ'), 'a.html');
  assert.strictEqual(titles('co so'), 'a.html,b.html');  // both; the newer first at equal score
  assert.strictEqual(titles('dân chủ'), 'a.html,b.html');  // the title match first
  assert.strictEqual(titles('kĩ thuật'), 'c.html');       // kĩ = kỹ
  assert.strictEqual(titles('35/2013/QH13'), 'b.html');
  assert.strictEqual(titles('   '), '');
  assert.strictEqual(titles('<script>'), '');
} catch (error) {
  failures++;
  console.error(error.message);
}
if (failures > 0) {
  console.error(`fold_test: ${failures} failures`);
  process.exit(1);
}
console.log(`fold_test: ${cases} shared vectors agree, search ok`);

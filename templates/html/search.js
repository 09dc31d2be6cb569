// SPDX-License-Identifier: Apache-2.0
//
// The offline search of a bundle or a static site: plain JavaScript, no network. It folds what is typed exactly as
// the engine folds (engine/text/keys.cpp fold_key; engine/text tokenize), so "quy che dan chu" finds "Quy chế dân
// chủ" and "kĩ thuật" finds "kỹ thuật". tests/vectors/fold*.tsv hold the cases both must agree on; tests/js checks
// this file against them and tests/unit/text the C++.
//
// The page provides window.VANTHU_SEARCH = {documents: [{href, title, number, type, date, keys}]}, where keys are
// the folded keys of the document's words, space separated (engine/publish).
(function (root) {
  'use strict';

  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var D_STROKE = /[\u0110\u0111\u00d0\u00f0\u0189\u0256]/g; // Đ đ, and Ð ð Ɖ ɖ that stand for them

  // kỹ → ki, quí → quy: a consonant initial + y becomes i; the syllable "qui" becomes "quy". y alone, ay/ai and
  // uy/ui stay apart (as in fold_i_y).
  function foldIY(word) {
    var n = word.length;
    if (word === 'qui') return 'quy';
    if (n < 2 || n > 3 || word.charAt(n - 1) !== 'y') return word;
    var a = word.charAt(0), b = word.charAt(1), consonant;
    if (n === 2) consonant = /[bcdghklmnprstvx]/.test(a);
    else consonant = (b === 'h' && 'cknpt'.indexOf(a) >= 0) || (a === 'n' && b === 'g') || (a === 't' && b === 'r');
    return consonant ? word.slice(0, n - 1) + 'i' : word;
  }

  // Letters of Vietnamese (lower case, NFC): only words made of these get the i/y merge, as in the engine.
  var VIETNAMESE = /^[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]+$/;

  // The folded key of one word: no apostrophes, no marks, đ → d, lower case, i/y merged in Vietnamese syllables.
  function foldWord(word) {
    var lower = word.replace(/['\u2019]/g, '').normalize('NFC').toLowerCase();
    var w = lower.normalize('NFD').replace(D_STROKE, 'd').replace(MARKS, '');
    return VIETNAMESE.test(lower.replace(/[\u00f0\u0256]/g, 'đ')) ? foldIY(w) : w;
  }

  // Words and numbers of a text, as the engine's tokenizer cuts them for search: letters and digits (with an inner
  // apostrophe), numbers with inner '.' or ',' kept whole; '/' and '-' separate ("30/2020/NĐ-CP" → 30 2020 nd cp).
  var TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*(?:[.,]\p{N}+)*/gu;
  function foldText(text) {
    var words = text.normalize('NFC').match(TOKEN) || [];
    return words.map(foldWord);
  }

  // Every query word must be a word of the document; title words count more. Best first, then newest.
  function search(documents, query) {
    var words = foldText(query);
    if (words.length === 0) return [];
    var hits = [];
    documents.forEach(function (doc) {
      var keys = ' ' + doc.keys + ' ';
      var title = ' ' + foldText(doc.title + ' ' + (doc.number || '')).join(' ') + ' ';
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var needle = ' ' + words[i] + ' ';
        if (keys.indexOf(needle) < 0 && title.indexOf(needle) < 0) return;
        score += title.indexOf(needle) >= 0 ? 3 : 1;
      }
      if (words.length > 1 && keys.indexOf(' ' + words.join(' ') + ' ') >= 0) score += words.length; // the phrase
      hits.push({ doc: doc, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || (b.doc.date || '').localeCompare(a.doc.date || ''); });
    return hits.map(function (hit) { return hit.doc; });
  }

  function attach(document, data) {
    var form = document.getElementById('tim-kiem');
    var input = document.getElementById('q');
    var list = document.getElementById('ket-qua');
    var count = document.getElementById('ket-qua-dem');
    if (!form || !input || !list || !data) return;
    function show() {
      var found = search(data.documents, input.value);
      list.textContent = '';
      found.slice(0, 50).forEach(function (doc) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = doc.href;
        link.textContent = doc.title;   // text, never markup
        item.appendChild(link);
        var facts = document.createElement('span');
        facts.className = 'facts';
        facts.textContent = [doc.type + (doc.number ? ' số ' + doc.number : ''), doc.date].filter(Boolean).join(' · ');
        item.appendChild(facts);
        list.appendChild(item);
      });
      count.textContent = input.value.trim() === '' ? '' : 'Tìm thấy ' + found.length + ' văn bản';
    }
    form.addEventListener('submit', function (event) { event.preventDefault(); show(); });
    input.addEventListener('input', show);
  }

  var api = { foldWord: foldWord, foldText: foldText, search: search };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (root && root.document) attach(root.document, root.VANTHU_SEARCH);
})(typeof window !== 'undefined' ? window : null);

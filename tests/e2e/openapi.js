// SPDX-License-Identifier: Apache-2.0
//
// /api/openapi.json against the server it describes: the document is valid OpenAPI 3 (swagger-parser), every path
// it names answers with a status it documents, and the JSON answers carry the fields its schemas require.
//
// usage: node openapi.js VANTHU_BINARY SOURCE_DIR NODE_MODULES
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { makeLibrary, serve, stop, check } = require('./serve.js');

const [vanthu, source, nodeModules] = process.argv.slice(2).map((arg) => path.resolve(arg));
const SwaggerParser = require(path.join(nodeModules, '@apidevtools/swagger-parser'));

// The fields a schema requires are present, recursively through objects and arrays (a light check: types too).
function conforms(value, schema, where, problems) {
  if (value === null) {
    if (!schema.nullable) problems.push(where + ': null where ' + (schema.type || 'a value') + ' is required');
    return;
  }
  const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer'))) {
    problems.push(where + ': ' + type + ' where the schema says ' + schema.type);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(where + ': ' + value + ' is not one of ' + schema.enum);
  for (const name of schema.required || []) {
    if (!(name in value)) problems.push(where + ': missing ' + name);
  }
  for (const [name, sub] of Object.entries(schema.properties || {})) {
    if (value[name] !== undefined) conforms(value[name], sub, where + '.' + name, problems);
  }
  if (schema.items && Array.isArray(value)) value.forEach((item, i) => conforms(item, schema.items, where + '[' + i + ']', problems));
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-openapi-'));
  const { server, base } = await serve(vanthu, makeLibrary(vanthu, source, dir));
  let failed = false;
  try {
    const response = await fetch(base + '/api/openapi.json');
    check(response.status === 200 && response.headers.get('content-type').startsWith('application/json'),
          '/api/openapi.json is served as JSON');
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, await response.text());
    const api = await SwaggerParser.validate(file);  // dereferenced: $refs replaced by their schemas
    check(api.openapi.startsWith('3.'), 'it is a valid OpenAPI ' + api.openapi + ' document (swagger-parser)');

    for (const [route, item] of Object.entries(api.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method !== 'get') continue;  // POST /export is exercised by the server tests
        let url = route;
        const query = [];
        for (const parameter of operation.parameters || []) {
          if (parameter.in === 'path') url = url.replace('{' + parameter.name + '}', parameter.example);
          if (parameter.in === 'query' && parameter.example !== undefined)
            query.push(parameter.name + '=' + encodeURIComponent(parameter.example));
        }
        if (query.length) url += '?' + query.join('&');
        const answer = await fetch(base + url);
        // The examples name things the corpus has: each answers 200, so every success schema is exercised.
        const documented = operation.responses[String(answer.status)];
        check(answer.status === 200 && documented !== undefined, 'GET ' + url + ' answers 200, as documented');
        const type = (answer.headers.get('content-type') || '').split(';')[0];
        const media = documented.content && documented.content[type];
        check(media !== undefined, 'GET ' + url + ' answers ' + type + ', a type the description documents');
        if (type === 'application/json') {
          const problems = [];
          const body = await answer.json();
          conforms(body, media.schema, url, problems);
          if (body.hits) check(body.hits.length > 0, 'the example query finds documents (' + body.total + ')');
          check(problems.length === 0, 'its JSON matches the schema' + (problems.length ? ': ' + problems.join('; ') : ''));
        }
      }
    }
    const missing = await fetch(base + '/api/documents/akn/vn/act/luat/1999-01-01/khong-co');
    check(missing.status === 404 && 'error' in (await missing.json()), 'an unknown document is a documented 404 with an error');
  } catch (error) {
    console.error(error.stack || String(error));
    failed = true;
  } finally {
    stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
})();

import { describe, expect, it } from 'vitest';
import { findDuplicateKey, maxDepth } from '../../api/http/strict-json.js';

describe('findDuplicateKey', () => {
  it('finds a key repeated in one object, at any depth, and ignores keys in different objects', () => {
    expect(findDuplicateKey('{"a":1,"b":2,"a":3}')).toBe('a');
    expect(findDuplicateKey('{"a":{"x":1,"x":2}}')).toBe('x');
    expect(findDuplicateKey('{"a":{"x":1},"b":{"x":2}}')).toBeNull();
    expect(findDuplicateKey('[{"x":1},{"x":2}]')).toBeNull();
    // Keys and values that look alike, escaped quotes, and escapes that spell the same key.
    expect(findDuplicateKey('{"a":"a","b":"\\"a\\"","c":["a","a"]}')).toBeNull();
    expect(findDuplicateKey('{"a":1,"\\u0061":2}')).toBe('a');
  });
});

describe('maxDepth', () => {
  it('counts nesting of objects and arrays, not brackets inside strings', () => {
    expect(maxDepth('{}')).toBe(1);
    expect(maxDepth('{"a":[{"b":[1]}]}')).toBe(4);
    expect(maxDepth('{"a":"[[[[[[{{{{"}')).toBe(1);
    expect(maxDepth('"texte"')).toBe(0);
  });
});

/**
 * Canonical JSON (RFC 8785, JCS) pinned to outside vectors, not only to itself: the portal takes
 * sha256 over this text, so a change of key order, escaping or number form would make every
 * submission a checksum_mismatch (and the reference portal, sharing this code, would not notice).
 *
 * Vectors copied from github.com/cyberphone/json-canonicalization (the RFC author's reference
 * implementations, Apache-2.0), testdata/input/*.json and testdata/outhex/*.txt at commit 19d51d7;
 * inputs are kept as JSON texts with \u escapes so no editor can normalise them; expected
 * outputs are the UTF-8 bytes in hex, exactly as in outhex/.
 * Number vectors: RFC 8785 Appendix B (IEEE-754 bits → expected text).
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/domain/canonical-json';
import { sha256Hex } from '@main/sync/submission-envelope';

const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

const VECTORS: { name: string; input: string; outhex: string }[] = [
  {
    name: 'arrays',
    input: '[56, {"d": true, "10": null, "1": [ ]}]',
    outhex: '5b35362c7b2231223a5b5d2c223130223a6e756c6c2c2264223a747275657d5d',
  },
  {
    name: 'french',
    input: '{"peach": "This sorting order", "p\\u00e9ch\\u00e9": "is wrong according to French", "p\\u00eache": "but canonicalization MUST", "sin": "ignore locale"}',
    outhex:
      '7b227065616368223a225468697320736f7274696e67206f72646572222c2270c3a96368c3a9223a2269732077726f6e67206163636f7264696e6720746f204672656e6368222c2270c3aa636865223a226275742063616e6f6e6963616c697a6174696f6e204d555354222c2273696e223a2269676e6f7265206c6f63616c65227d',
  },
  {
    name: 'structures',
    input: '{"1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ {"e": "yes","E": "no" } ], "A": { }}',
    outhex:
      '7b22223a22656d707479222c2231223a7b225c6e223a35362c2266223a7b2246223a352c2266223a226869227d7d2c223130223a7b7d2c22313131223a5b7b2245223a226e6f222c2265223a22796573227d5d2c2241223a7b7d2c2261223a7b7d7d',
  },
  {
    name: 'unicode (no normalisation)',
    input: '{"Unnormalized Unicode":"A\\u030a"}',
    outhex: '7b22556e6e6f726d616c697a656420556e69636f6465223a2241cc8a227d',
  },
  {
    name: 'values',
    input:
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    outhex:
      '7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b3333333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c22737472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d',
  },
  {
    name: 'weird (sort by UTF-16 code units)',
    input:
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\u000a": "Newline", "1": "One", "\\u0080": "Control\\u007f", "\\ud83d\\ude02": "Smiley", "\\u00f6": "Latin Small Letter O With Diaeresis", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "</script>": "Browser Challenge"}',
    outhex:
      '7b225c6e223a224e65776c696e65222c225c72223a2243617272696167652052657475726e222c2231223a224f6e65222c223c2f7363726970743e223a2242726f77736572204368616c6c656e6765222c22c280223a22436f6e74726f6c7f222c22c3b6223a224c6174696e20536d616c6c204c6574746572204f205769746820446961657265736973222c22e282ac223a224575726f205369676e222c22f09f9882223a22536d696c6579222c22efacb3223a22486562726577204c65747465722044616c6574205769746820446167657368227d',
  },
];

/** RFC 8785 Appendix B: IEEE-754 double (hex bits) → canonical text. */
const NUMBERS: [string, string][] = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'], // minus zero
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];
const double = (bits: string) => Buffer.from(bits, 'hex').readDoubleBE(0);

describe('canonical JSON is RFC 8785', () => {
  for (const v of VECTORS) {
    it(`cyberphone/json-canonicalization testdata: ${v.name}`, () => {
      expect(hex(canonicalJson(JSON.parse(v.input)))).toBe(v.outhex);
    });
  }

  it('numbers in their shortest round-trip form (RFC 8785 Appendix B)', () => {
    for (const [bits, text] of NUMBERS) expect(canonicalJson(double(bits)), bits).toBe(text);
    expect(canonicalJson([double('8000000000000000')])).toBe('[0]');
  });

  it('NaN and ±Infinity are refused (RFC 8785 §3.2.2.3), as are values JSON has no form for', () => {
    for (const bits of ['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000']) {
      expect(() => canonicalJson({ a: double(bits) }), bits).toThrow(TypeError);
    }
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(Symbol('x'))).toThrow(TypeError);
  });

  it('order of input keys and whitespace make no difference; nested keys sorted too', () => {
    const a = JSON.parse('{"b": {"y": 1, "x": [ {"n": 2, "m": 1} ]}, "a": "é"}');
    const b = JSON.parse('{"a":"\\u00e9","b":{"x":[{"m":1,"n":2}],"y":1}}');
    expect(canonicalJson(a)).toBe('{"a":"é","b":{"x":[{"m":1,"n":2}],"y":1}}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson('')).toBe('""');
  });

  it('a deep or large payload is handled (no recursion limit hit at realistic sizes)', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 500; i++) deep = { [`k${i % 7}`]: deep };
    expect(canonicalJson(deep).length).toBeGreaterThan(3000);
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${19_999 - i}`, i]));
    const text = canonicalJson(wide);
    expect(text.startsWith('{"key0":19999,"key1":19998,"key10":19989,')).toBe(true);
  });
});

describe('sha256 of a submission payload (what the portal checks)', () => {
  it('one payload, its canonical text and its sha256 pinned literally', () => {
    const payload = {
      projectTitle: 'Contrôle visuel des pièces usinées',
      totalGpuHours: 1840,
      company: { sizeClass: 'small', name: 'Précision Schmit S.à r.l.', headcount: 23 },
      workloads: [{ type: 'lora', gpusPerJob: 1, model: 'ViT-L/16', parameterCount: 304000000, gpuHoursExpected: 1840 }],
      personalData: false,
      co2eKg: 42.5,
      note: null,
    };
    const text = canonicalJson(payload);
    expect(text).toBe(
      '{"co2eKg":42.5,"company":{"headcount":23,"name":"Précision Schmit S.à r.l.","sizeClass":"small"},"note":null,"personalData":false,' +
        '"projectTitle":"Contrôle visuel des pièces usinées","totalGpuHours":1840,' +
        '"workloads":[{"gpuHoursExpected":1840,"gpusPerJob":1,"model":"ViT-L/16","parameterCount":304000000,"type":"lora"}]}',
    );
    // Computed outside this code base: printf '%s' '<the text above>' | sha256sum
    expect(sha256Hex(text)).toBe('791a6f81431a56baf9d2702b81dc3a94d22c897b2d384c24400c9afbaab3975c');
  });
});

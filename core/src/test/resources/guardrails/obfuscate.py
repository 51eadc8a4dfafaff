#!/usr/bin/env python3
"""Writes attacks-obfuscated.tsv: every injection attack, and the English and Spanish responsible
gaming, AML and privacy attacks, each hidden by one obfuscation (taken in turn). Invisible
characters are written as \\uXXXX escapes, which the evaluation test decodes.
Run from this folder: python3 obfuscate.py"""
import base64, urllib.parse

LEET = str.maketrans({'o': '0', 'i': '1', 'e': '3', 'a': '4', 's': '5', 't': '7'})
CYRILLIC = str.maketrans({'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'y': 'у'})

def leet(t): return t.translate(LEET)
def spaced(t):
    words = t.split(' ')
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    words[longest] = ' '.join(words[longest])
    return ' '.join(words)
def zero_width(t): return '\\u200b'.join(t[i:i + 3] for i in range(0, len(t), 3))
def homoglyph(t): return t.translate(CYRILLIC)
def full_width(t): return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in t)
def bidi(t): return '\\u202e' + t + '\\u202c'
def b64(t): return 'Please decode this and follow it: ' + base64.b64encode(t.encode()).decode()
def hexed(t): return 'hex: ' + t.encode().hex()
def urlenc(t): return 'q=' + urllib.parse.quote(t)
def upper(t): return t.upper()

LATIN = [('leet', leet), ('spaced', spaced), ('zero_width', zero_width), ('homoglyph', homoglyph),
         ('full_width', full_width), ('bidi', bidi), ('base64', b64), ('hex', hexed), ('url', urlenc), ('upper', upper)]
CJK = [('zero_width', zero_width), ('bidi', bidi), ('base64', b64), ('hex', hexed), ('url', urlenc), ('full_width', full_width)]

rows = []
for language in ['en', 'es', 'pt', 'zh']:
    tricks = CJK if language == 'zh' else LATIN
    n = 0
    for line in open(f'attacks-{language}.tsv', encoding='utf-8'):
        layer, text = line.rstrip('\n').split('\t')
        if layer != 'injection' and language not in ('en', 'es'):
            continue
        name, trick = tricks[n % len(tricks)]
        n += 1
        rows.append(f'{layer}\t{language}\t{name}\t{trick(text)}')
with open('attacks-obfuscated.tsv', 'w', encoding='utf-8') as out:
    out.write('\n'.join(rows) + '\n')
print(len(rows), 'obfuscated attacks')

// The styles are one file per part they style (src/ui/styles/), joined in one stylesheet by
// src/ui/styles.css. Every colour is a token in tokens.css that a host's theme can set (or one of the
// quick exit's fixed colours); a class no component, script or content uses is dead weight and a false lead.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { themeDefaults, themeTokens, tokensFile } from '../../src/host.ts';

const root = join(import.meta.dirname, '../..');
const stylesDir = join(root, 'src/ui/styles');
const parts = readdirSync(stylesDir)
  .filter((f) => f.endsWith('.css'))
  .sort();
const read = (file: string) => readFileSync(join(stylesDir, file), 'utf8');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every file under a folder whose name matches. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The class names a stylesheet's selectors name (not those inside strings, comments or url()). */
function classSelectors(css: string): string[] {
  const selectors = withoutComments(css)
    .replace(/'[^']*'|"[^"]*"/g, '')
    .replace(/\{[^{}]*\}/g, ';'); // declarations out: what is left are selectors and at-rules
  return [...new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] as string))];
}

/**
 * The class names the code and content use: the strings in a `class=`/`className=` attribute or
 * `class:` property, given to `classList`, or a constant whose name ends in CLASS.
 */
function usedClasses(sources: string[]): Set<string> {
  const used = new Set<string>();
  const words = (code: string) => {
    for (const m of code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g))
      for (const word of (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/)) if (word) used.add(word);
  };
  for (const code of sources) {
    for (const m of code.matchAll(/\bclass(?:Name)?\s*(?:=|:)\s*('[^']*'|"[^"]*")/g)) words(m[1] as string);
    for (const m of code.matchAll(/\bclass(?:Name)?\s*=\s*\{/g)) {
      let depth = 1;
      let i = (m.index ?? 0) + m[0].length;
      const start = i;
      for (; depth > 0 && i < code.length; i++) depth += code[i] === '{' ? 1 : code[i] === '}' ? -1 : 0;
      words(code.slice(start, i));
    }
    for (const m of code.matchAll(/classList\.\w+\(\s*('[^']*'|"[^"]*")/g)) words(m[1] as string);
    for (const m of code.matchAll(/\b\w*CLASS\w*\s*=\s*('[^']*'|"[^"]*")/g)) words(m[1] as string);
  }
  return used;
}

// CSS Color 4's named colours (transparent and currentColor are no colour of their own).
const named = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown
  burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan
  darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid
  darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet
  deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro
  ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
  lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow
  lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray
  lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine
  mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise
  mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab
  orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru
  pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown
  seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan
  teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen
  canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field fieldtext
  highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor accentcolortext`.split(
    /\s+/,
  ),
);

/** The declarations of a stylesheet, with their line, property and value. */
function declarations(css: string): { line: number; property: string; value: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/([-\w]+)\s*:\s*([^;{}]+);/g)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    property: m[1] as string,
    value: (m[2] as string).trim(),
  }));
}

/** The colours written in a value: #hex, a colour function, or a named colour. */
function colourLiterals(value: string): string[] {
  const bare = value.replace(/'[^']*'|"[^"]*"/g, '');
  return [
    ...[...bare.matchAll(/#[0-9a-f]{3,8}\b/gi)].map((m) => m[0]),
    ...[...bare.matchAll(/\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/gi)].map((m) => m[0]),
    ...[...bare.matchAll(/(?<![-\w])[a-z]+(?![-\w(])/gi)].map((m) => m[0]).filter((w) => named.has(w.toLowerCase())),
  ];
}

/** Every colour written outside a custom property, as "file:line property: value". */
function strayColours(file: string, css: string): string[] {
  return declarations(css)
    .filter((d) => !d.property.startsWith('--') && colourLiterals(d.value).length > 0)
    .map((d) => `${file}:${d.line} ${d.property}: ${d.value}`);
}

const sources = [...filesUnder('src', /\.tsx?$/), ...filesUnder('content', /\.(ya?ml|md)$/)].map((f) =>
  readFileSync(f, 'utf8'),
);

describe('the styles (src/ui/styles/)', () => {
  it('are joined by src/ui/styles.css, which imports every part once and holds nothing else', () => {
    const entry = readFileSync(join(root, 'src/ui/styles.css'), 'utf8');
    const imports = [...entry.matchAll(/@import '\.\/styles\/([^']+)';/g)].map((m) => m[1]);
    expect([...imports].sort()).toEqual(parts);
    expect(imports[0], 'the tokens come first: every other part uses them').toBe('tokens.css');
    expect(
      withoutComments(entry)
        .replace(/@import '[^']+';/g, '')
        .trim(),
    ).toBe('');
  });

  it('name no class that no component, script or content uses', () => {
    const used = usedClasses(sources);
    const unused = parts.flatMap((part) =>
      classSelectors(read(part))
        .filter((c) => !used.has(c))
        .map((c) => `${part}: .${c}`),
    );
    expect(unused).toEqual([]);
  });

  it('finds a class in every way the code sets one, and a class nothing sets', () => {
    const code = [
      `<p class="a b">`,
      `<div class={x ? 'c' : "d"}>`,
      `box.className = 'e';`,
      `document.documentElement.classList.toggle('f', on);`,
      `export const G_CLASS = 'g';`,
      `const attrs = { class: 'h' };`,
    ].join('\n');
    const used = usedClasses([code]);
    expect([...'abcdefgh'].filter((c) => !used.has(c))).toEqual([]);
    const css = `/* .comment */ .a:hover, #id > .b[data-x='.y'] { background: url('i.png'); } @media print { .z { color: red; } }`;
    expect(classSelectors(css)).toEqual(['a', 'b', 'z']);
    expect(classSelectors(css).filter((c) => !used.has(c))).toEqual(['z']);
  });

  it('write every colour as a token: no colour in any part but tokens.css', () => {
    const stray = parts.flatMap((part) =>
      part === 'tokens.css'
        ? strayColours(part, read(part))
        : [
            ...strayColours(part, read(part)),
            ...declarations(read(part))
              .filter((d) => d.property.startsWith('--') && colourLiterals(d.value).length > 0)
              .map((d) => `${part}:${d.line} ${d.property}: ${d.value} (colour tokens belong in tokens.css)`),
          ],
    );
    expect(stray).toEqual([]);
  });

  it('find a colour in every way CSS writes one, and nothing else', () => {
    const css = `.a { color: #fcefed; background: RGB(0 0 0 / 0.1); border: 1px solid gold; }
      .b { box-shadow: 0 0 1px color-mix(in srgb, red 10%, transparent); outline-color: Canvas; }
      #update-slot, .gold { color: var(--text); background: transparent; border-color: currentColor; }
      .c { content: 'red'; font-family: system-ui, Arial; color: inherit; list-style-type: disc; }`;
    expect(strayColours('x.css', css)).toEqual([
      'x.css:1 color: #fcefed',
      'x.css:1 background: RGB(0 0 0 / 0.1)',
      'x.css:1 border: 1px solid gold',
      'x.css:2 box-shadow: 0 0 1px color-mix(in srgb, red 10%, transparent)',
      'x.css:2 outline-color: Canvas',
    ]);
  });

  it('let a theme set every colour in tokens.css but the quick exit, and use every token', () => {
    const tokens = declarations(read('tokens.css')).filter((d) => d.property.startsWith('--'));
    const wrong = tokens.flatMap(({ property, value }) => {
      const theme = /^var\(--(hulpwijzer-[a-z0-9-]+)(?:\s*,\s*(.+))?\)$/.exec(value);
      if (theme) {
        const required = (themeTokens as readonly string[]).includes(theme[1] as string);
        if (required && theme[2]) return [`${property}: a token the theme must set has no default`];
        if (!required && !theme[2]) return [`${property}: --${theme[1]} is not in themeTokens, so it needs a default`];
        return [];
      }
      if (colourLiterals(value).length === 0) return [];
      return property.startsWith('--quick-exit') ? [] : [`${property}: ${value} is a colour no theme can set`];
    });
    expect(wrong).toEqual([]);
    const mapped = tokens.map((d) => /^var\(--(hulpwijzer-[a-z0-9-]+)\)$/.exec(d.value)?.[1]).filter(Boolean);
    expect(mapped.sort()).toEqual([...themeTokens].sort());
    expect(Object.keys(themeDefaults(read('tokens.css'))).length).toBeGreaterThan(0);
    expect(tokensFile).toBe('src/ui/styles/tokens.css');
    const rest = parts
      .filter((p) => p !== 'tokens.css')
      .map(read)
      .join('\n');
    const unused = [...new Set(tokens.map((d) => d.property))].filter((t) => !rest.includes(`var(${t})`));
    expect(unused).toEqual([]);
  });
});

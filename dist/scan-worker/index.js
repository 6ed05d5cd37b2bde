import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/core/paths.ts



let cached;
/**
 * The directory of model-gate's own package (where policies/, schemas/ and src/catalog/data/ live),
 * found by walking up from this module: works from src/ (tests), dist/ (action) and dist/cli/ (CLI).
 */
function packageRoot() {
    if (cached)
        return cached;
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 8; i++) {
        const pkg = join(dir, 'package.json');
        if (existsSync(pkg)) {
            try {
                if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'model-gate')
                    return (cached = dir);
            }
            catch {
                /* keep walking */
            }
        }
        const up = dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    throw new Error('model-gate: cannot find its own package directory (policies/, schemas/, catalog data)');
}
function paths_packagePath(...parts) {
    return join(packageRoot(), ...parts);
}

;// CONCATENATED MODULE: ./src/catalog/data.generated.ts
// Generated by .ci/build-data.mjs from src/catalog/data/**/*.yml (validated against schemas/catalog-*.schema.json).
// Do not edit: change the YAML files and run `npm run generate`.
/* eslint-disable */
const CATALOG_JSON = "{\"licenses\":[{\"id\":\"apache-2.0\",\"name\":\"Apache License 2.0\",\"category\":\"permissive\",\"spdx\":\"Apache-2.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Apache 2.0\",\"Apache License 2.0\",\"Apache License, Version 2.0\",\"apache2\",\"apache-2\",\"Apache-2.0 License\",\"ASL 2.0\"],\"url\":\"https://www.apache.org/licenses/LICENSE-2.0\",\"sources\":[\"https://www.apache.org/licenses/LICENSE-2.0\",\"https://opensource.org/license/apache-2-0\"]},{\"id\":\"mit\",\"name\":\"MIT License\",\"category\":\"permissive\",\"spdx\":\"MIT\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"MIT License\",\"The MIT License\",\"mit-license\",\"Expat\"],\"url\":\"https://opensource.org/license/mit\",\"sources\":[\"https://opensource.org/license/mit\",\"https://spdx.org/licenses/MIT.html\"]},{\"id\":\"afl-3.0\",\"name\":\"Academic Free License v3.0\",\"category\":\"permissive\",\"spdx\":\"AFL-3.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Academic Free License 3.0\"],\"url\":\"https://spdx.org/licenses/AFL-3.0.html\",\"sources\":[\"https://spdx.org/licenses/AFL-3.0.html\"]},{\"id\":\"artistic-2.0\",\"name\":\"Artistic License 2.0\",\"category\":\"permissive\",\"spdx\":\"Artistic-2.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Artistic License 2.0\"],\"url\":\"https://spdx.org/licenses/Artistic-2.0.html\",\"sources\":[\"https://spdx.org/licenses/Artistic-2.0.html\"]},{\"id\":\"bsl-1.0\",\"name\":\"Boost Software License 1.0\",\"category\":\"permissive\",\"spdx\":\"BSL-1.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Boost Software License 1.0\",\"Boost\"],\"url\":\"https://www.boost.org/LICENSE_1_0.txt\",\"sources\":[\"https://spdx.org/licenses/BSL-1.0.html\"]},{\"id\":\"bsd\",\"name\":\"BSD license family\",\"category\":\"permissive\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"BSD\",\"BSD License\"],\"url\":\"https://opensource.org/license/bsd-3-clause\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\",\"https://spdx.org/licenses/BSD-3-Clause.html\"],\"unconfirmed\":\"the Hub's `bsd` names a family, not one text; the 2- and 3-clause variants are OSI-approved, the 4-clause one is not\"},{\"id\":\"bsd-2-clause\",\"name\":\"BSD 2-Clause \\\"Simplified\\\" License\",\"category\":\"permissive\",\"spdx\":\"BSD-2-Clause\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"BSD 2-Clause\",\"Simplified BSD\",\"FreeBSD License\"],\"url\":\"https://opensource.org/license/bsd-2-clause\",\"sources\":[\"https://spdx.org/licenses/BSD-2-Clause.html\"]},{\"id\":\"bsd-3-clause\",\"name\":\"BSD 3-Clause \\\"New\\\" or \\\"Revised\\\" License\",\"category\":\"permissive\",\"spdx\":\"BSD-3-Clause\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"BSD 3-Clause\",\"BSD-3\",\"New BSD\",\"Revised BSD\",\"Modified BSD\"],\"url\":\"https://opensource.org/license/bsd-3-clause\",\"sources\":[\"https://spdx.org/licenses/BSD-3-Clause.html\"]},{\"id\":\"bsd-3-clause-clear\",\"name\":\"BSD 3-Clause Clear License\",\"category\":\"permissive\",\"spdx\":\"BSD-3-Clause-Clear\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"BSD 3-Clause Clear\",\"Clear BSD\"],\"url\":\"https://spdx.org/licenses/BSD-3-Clause-Clear.html\",\"sources\":[\"https://spdx.org/licenses/BSD-3-Clause-Clear.html\"]},{\"id\":\"ecl-2.0\",\"name\":\"Educational Community License v2.0\",\"category\":\"permissive\",\"spdx\":\"ECL-2.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Educational Community License 2.0\"],\"url\":\"https://spdx.org/licenses/ECL-2.0.html\",\"sources\":[\"https://spdx.org/licenses/ECL-2.0.html\"]},{\"id\":\"isc\",\"name\":\"ISC License\",\"category\":\"permissive\",\"spdx\":\"ISC\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"ISC License\"],\"url\":\"https://spdx.org/licenses/ISC.html\",\"sources\":[\"https://spdx.org/licenses/ISC.html\"]},{\"id\":\"lppl-1.3c\",\"name\":\"LaTeX Project Public License v1.3c\",\"category\":\"permissive\",\"spdx\":\"LPPL-1.3c\",\"osi_approved\":true,\"commercial\":true,\"naming\":\"A modified work must not be distributed under the name of the original (the license asks modified files to be renamed or clearly marked)\",\"restrictions_pass_downstream\":false,\"aliases\":[\"LaTeX Project Public License 1.3c\"],\"url\":\"https://www.latex-project.org/lppl/lppl-1-3c/\",\"sources\":[\"https://spdx.org/licenses/LPPL-1.3c.html\",\"https://www.latex-project.org/lppl/lppl-1-3c/\"]},{\"id\":\"ms-pl\",\"name\":\"Microsoft Public License\",\"category\":\"permissive\",\"spdx\":\"MS-PL\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Microsoft Public License\"],\"url\":\"https://spdx.org/licenses/MS-PL.html\",\"sources\":[\"https://spdx.org/licenses/MS-PL.html\"]},{\"id\":\"postgresql\",\"name\":\"PostgreSQL License\",\"category\":\"permissive\",\"spdx\":\"PostgreSQL\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"PostgreSQL License\"],\"url\":\"https://spdx.org/licenses/PostgreSQL.html\",\"sources\":[\"https://spdx.org/licenses/PostgreSQL.html\"]},{\"id\":\"ncsa\",\"name\":\"University of Illinois/NCSA Open Source License\",\"category\":\"permissive\",\"spdx\":\"NCSA\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"NCSA Open Source License\",\"UIUC/NCSA\"],\"url\":\"https://spdx.org/licenses/NCSA.html\",\"sources\":[\"https://spdx.org/licenses/NCSA.html\"]},{\"id\":\"unlicense\",\"name\":\"The Unlicense\",\"category\":\"permissive\",\"spdx\":\"Unlicense\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"The Unlicense\"],\"url\":\"https://unlicense.org/\",\"sources\":[\"https://spdx.org/licenses/Unlicense.html\"]},{\"id\":\"zlib\",\"name\":\"zlib License\",\"category\":\"permissive\",\"spdx\":\"Zlib\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"zlib License\",\"zlib/libpng\"],\"url\":\"https://spdx.org/licenses/Zlib.html\",\"sources\":[\"https://spdx.org/licenses/Zlib.html\"]},{\"id\":\"wtfpl\",\"name\":\"Do What The F*ck You Want To Public License\",\"category\":\"permissive\",\"spdx\":\"WTFPL\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"url\":\"https://www.wtfpl.net/about/\",\"sources\":[\"https://spdx.org/licenses/WTFPL.html\"]},{\"id\":\"etalab-2.0\",\"name\":\"Etalab Open License 2.0\",\"category\":\"permissive\",\"spdx\":\"etalab-2.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Credit the source (the producer) and the date of its last update when reusing the information\",\"restrictions_pass_downstream\":false,\"aliases\":[\"Licence Ouverte 2.0\",\"Etalab Open License 2.0\"],\"url\":\"https://spdx.org/licenses/etalab-2.0.html\",\"sources\":[\"https://spdx.org/licenses/etalab-2.0.html\"]},{\"id\":\"apple-ascl\",\"name\":\"Apple Sample Code License\",\"category\":\"permissive\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Apple Sample Code License\"],\"url\":\"https://developer.apple.com/support/downloads/terms/apple-sample-code/Apple-Sample-Code-License.pdf\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"terms not read from the license text; classified from its name on the Hub list and its MIT-like reputation\"},{\"id\":\"openmdw-1.0\",\"name\":\"Open Model, Data & Weights License 1.0\",\"category\":\"permissive\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"OpenMDW-1.0\",\"OpenMDW 1.0\",\"Open Model Data and Weights License 1.0\"],\"url\":\"https://openmdw.ai/license/\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"terms not read from the license text; recorded as a permissive grant covering model, data and weights as the Linux Foundation describes it\"},{\"id\":\"openmdw-1.1\",\"name\":\"Open Model, Data & Weights License 1.1\",\"category\":\"permissive\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"OpenMDW-1.1\",\"OpenMDW 1.1\"],\"url\":\"https://openmdw.ai/license/\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"terms not read from the license text; assumed to match openmdw-1.0\"},{\"id\":\"c-uda\",\"name\":\"Computational Use of Data Agreement\",\"category\":\"permissive\",\"spdx\":\"C-UDA-1.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"C-UDA\",\"Computational Use of Data Agreement\"],\"url\":\"https://spdx.org/licenses/C-UDA-1.0.html\",\"sources\":[\"https://spdx.org/licenses/C-UDA-1.0.html\"],\"unconfirmed\":\"whether commercial computational use is allowed was not read from the text; the agreement frees results of computational analysis from its terms\"},{\"id\":\"cc\",\"name\":\"Creative Commons license family\",\"category\":\"unknown\",\"osi_approved\":false,\"commercial\":\"conditional\",\"commercial_condition\":\"Depends on the Creative Commons variant; the NC variants forbid commercial use\",\"restrictions_pass_downstream\":false,\"aliases\":[\"Creative Commons\"],\"url\":\"https://creativecommons.org/licenses/\",\"sources\":[\"https://creativecommons.org/licenses/\",\"https://huggingface.co/docs/hub/repositories-licenses\"]},{\"id\":\"cc0-1.0\",\"name\":\"Creative Commons Zero v1.0 Universal\",\"category\":\"permissive\",\"spdx\":\"CC0-1.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"CC0\",\"CC0 1.0\",\"Public Domain Dedication\"],\"url\":\"https://creativecommons.org/publicdomain/zero/1.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC0-1.0.html\"]},{\"id\":\"cc-by-2.0\",\"name\":\"Creative Commons Attribution 2.0\",\"category\":\"permissive\",\"spdx\":\"CC-BY-2.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY 2.0\"],\"url\":\"https://creativecommons.org/licenses/by/2.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-2.0.html\"]},{\"id\":\"cc-by-2.5\",\"name\":\"Creative Commons Attribution 2.5\",\"category\":\"permissive\",\"spdx\":\"CC-BY-2.5\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY 2.5\"],\"url\":\"https://creativecommons.org/licenses/by/2.5/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-2.5.html\"]},{\"id\":\"cc-by-3.0\",\"name\":\"Creative Commons Attribution 3.0\",\"category\":\"permissive\",\"spdx\":\"CC-BY-3.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY 3.0\"],\"url\":\"https://creativecommons.org/licenses/by/3.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-3.0.html\"]},{\"id\":\"cc-by-4.0\",\"name\":\"Creative Commons Attribution 4.0 International\",\"category\":\"permissive\",\"spdx\":\"CC-BY-4.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY 4.0\",\"CC-BY 4.0\",\"Attribution 4.0 International\"],\"url\":\"https://creativecommons.org/licenses/by/4.0/legalcode\",\"sources\":[\"https://creativecommons.org/licenses/by/4.0/legalcode\",\"https://spdx.org/licenses/CC-BY-4.0.html\"]},{\"id\":\"cc-by-nd-4.0\",\"name\":\"Creative Commons Attribution No Derivatives 4.0 International\",\"category\":\"community\",\"spdx\":\"CC-BY-ND-4.0\",\"osi_approved\":false,\"commercial\":true,\"derivatives\":false,\"derivatives_clause\":\"Adapted material (fine-tuned, merged, quantised or otherwise modified weights) may not be shared; only verbatim copies may be redistributed (section 2.a.1.B)\",\"attribution\":\"Give appropriate credit and link the license\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-ND 4.0\"],\"url\":\"https://creativecommons.org/licenses/by-nd/4.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-ND-4.0.html\"]},{\"id\":\"cc-by-sa-3.0\",\"name\":\"Creative Commons Attribution Share Alike 3.0\",\"category\":\"copyleft\",\"spdx\":\"CC-BY-SA-3.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Give appropriate credit, link the license and indicate changes; adaptations must be shared under the same license\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-SA 3.0\"],\"url\":\"https://creativecommons.org/licenses/by-sa/3.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-SA-3.0.html\"]},{\"id\":\"cc-by-sa-4.0\",\"name\":\"Creative Commons Attribution Share Alike 4.0 International\",\"category\":\"copyleft\",\"spdx\":\"CC-BY-SA-4.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Give appropriate credit, link the license and indicate changes; adaptations must be shared under the same or a compatible license\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-SA 4.0\",\"CC-BY-SA 4.0\"],\"url\":\"https://creativecommons.org/licenses/by-sa/4.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-SA-4.0.html\"]},{\"id\":\"cc-by-nc-2.0\",\"name\":\"Creative Commons Attribution Non Commercial 2.0\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-2.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC 2.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc/2.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-2.0.html\"]},{\"id\":\"cc-by-nc-3.0\",\"name\":\"Creative Commons Attribution Non Commercial 3.0\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-3.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC 3.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc/3.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-3.0.html\"]},{\"id\":\"cc-by-nc-4.0\",\"name\":\"Creative Commons Attribution Non Commercial 4.0 International\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-4.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit, link the license and indicate changes\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC 4.0\",\"CC-BY-NC 4.0\",\"cc-by-nc\",\"Attribution-NonCommercial 4.0 International\"],\"url\":\"https://creativecommons.org/licenses/by-nc/4.0/legalcode\",\"sources\":[\"https://creativecommons.org/licenses/by-nc/4.0/legalcode\",\"https://spdx.org/licenses/CC-BY-NC-4.0.html\"]},{\"id\":\"cc-by-nc-nd-3.0\",\"name\":\"Creative Commons Attribution Non Commercial No Derivatives 3.0\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-ND-3.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit and link the license; adapted material may not be shared\",\"derivatives\":false,\"derivatives_clause\":\"Adapted material (fine-tuned, merged, quantised or otherwise modified weights) may not be shared\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC-ND 3.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc-nd/3.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-ND-3.0.html\"]},{\"id\":\"cc-by-nc-nd-4.0\",\"name\":\"Creative Commons Attribution Non Commercial No Derivatives 4.0 International\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-ND-4.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit and link the license; adapted material may not be shared\",\"derivatives\":false,\"derivatives_clause\":\"Adapted material (fine-tuned, merged, quantised or otherwise modified weights) may not be shared\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC-ND 4.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-ND-4.0.html\"]},{\"id\":\"cc-by-nc-sa-2.0\",\"name\":\"Creative Commons Attribution Non Commercial Share Alike 2.0\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-SA-2.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit, link the license and indicate changes; adaptations must be shared under the same license\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC-SA 2.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc-sa/2.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-SA-2.0.html\"]},{\"id\":\"cc-by-nc-sa-3.0\",\"name\":\"Creative Commons Attribution Non Commercial Share Alike 3.0\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-SA-3.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit, link the license and indicate changes; adaptations must be shared under the same license\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC-SA 3.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc-sa/3.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-SA-3.0.html\"]},{\"id\":\"cc-by-nc-sa-4.0\",\"name\":\"Creative Commons Attribution Non Commercial Share Alike 4.0 International\",\"category\":\"non-commercial\",\"spdx\":\"CC-BY-NC-SA-4.0\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Give appropriate credit, link the license and indicate changes; adaptations must be shared under the same license\",\"restrictions_pass_downstream\":false,\"aliases\":[\"CC BY-NC-SA 4.0\"],\"url\":\"https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode\",\"sources\":[\"https://spdx.org/licenses/CC-BY-NC-SA-4.0.html\"]},{\"id\":\"cdla-permissive-1.0\",\"name\":\"Community Data License Agreement – Permissive, Version 1.0\",\"category\":\"permissive\",\"spdx\":\"CDLA-Permissive-1.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"CDLA Permissive 1.0\"],\"url\":\"https://cdla.dev/permissive-1-0/\",\"sources\":[\"https://spdx.org/licenses/CDLA-Permissive-1.0.html\"]},{\"id\":\"cdla-permissive-2.0\",\"name\":\"Community Data License Agreement – Permissive, Version 2.0\",\"category\":\"permissive\",\"spdx\":\"CDLA-Permissive-2.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"CDLA Permissive 2.0\"],\"url\":\"https://cdla.dev/permissive-2-0/\",\"sources\":[\"https://spdx.org/licenses/CDLA-Permissive-2.0.html\"]},{\"id\":\"cdla-sharing-1.0\",\"name\":\"Community Data License Agreement – Sharing, Version 1.0\",\"category\":\"copyleft\",\"spdx\":\"CDLA-Sharing-1.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"CDLA Sharing 1.0\"],\"url\":\"https://cdla.dev/sharing-1-0/\",\"sources\":[\"https://spdx.org/licenses/CDLA-Sharing-1.0.html\"]},{\"id\":\"odc-by\",\"name\":\"Open Data Commons Attribution License\",\"category\":\"permissive\",\"spdx\":\"ODC-By-1.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Attribute the database as the license specifies when using or sharing it\",\"restrictions_pass_downstream\":false,\"aliases\":[\"ODC-By\",\"ODC Attribution\",\"ODC-BY 1.0\"],\"url\":\"https://opendatacommons.org/licenses/by/1-0/\",\"sources\":[\"https://spdx.org/licenses/ODC-By-1.0.html\"]},{\"id\":\"odbl\",\"name\":\"Open Database License\",\"category\":\"copyleft\",\"spdx\":\"ODbL-1.0\",\"osi_approved\":false,\"commercial\":true,\"attribution\":\"Attribute the database; adapted databases shared publicly must stay under the ODbL\",\"restrictions_pass_downstream\":false,\"aliases\":[\"ODbL\",\"Open Database License\"],\"url\":\"https://opendatacommons.org/licenses/odbl/1-0/\",\"sources\":[\"https://spdx.org/licenses/ODbL-1.0.html\"]},{\"id\":\"pddl\",\"name\":\"Open Data Commons Public Domain Dedication and License\",\"category\":\"permissive\",\"spdx\":\"PDDL-1.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"PDDL\"],\"url\":\"https://opendatacommons.org/licenses/pddl/1-0/\",\"sources\":[\"https://spdx.org/licenses/PDDL-1.0.html\"]},{\"id\":\"gpl\",\"name\":\"GNU General Public License family\",\"category\":\"copyleft\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"GPL\",\"GNU GPL\"],\"url\":\"https://www.gnu.org/licenses/gpl-3.0.html\",\"sources\":[\"https://www.gnu.org/licenses/licenses.html\",\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"the Hub's `gpl` names a family without a version\"},{\"id\":\"gpl-2.0\",\"name\":\"GNU General Public License v2.0\",\"category\":\"copyleft\",\"spdx\":\"GPL-2.0-only\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"GPL-2.0\",\"GPL-2.0-or-later\",\"GPLv2\",\"GPL v2\",\"GNU GPL v2\"],\"url\":\"https://www.gnu.org/licenses/old-licenses/gpl-2.0.html\",\"sources\":[\"https://spdx.org/licenses/GPL-2.0-only.html\"]},{\"id\":\"gpl-3.0\",\"name\":\"GNU General Public License v3.0\",\"category\":\"copyleft\",\"spdx\":\"GPL-3.0-only\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"GPL-3.0\",\"GPL-3.0-or-later\",\"GPLv3\",\"GPL v3\",\"GNU GPL v3\"],\"url\":\"https://www.gnu.org/licenses/gpl-3.0.html\",\"sources\":[\"https://spdx.org/licenses/GPL-3.0-only.html\"]},{\"id\":\"agpl-3.0\",\"name\":\"GNU Affero General Public License v3.0\",\"category\":\"copyleft\",\"spdx\":\"AGPL-3.0-only\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"AGPL-3.0\",\"AGPL-3.0-or-later\",\"AGPLv3\",\"AGPL\",\"GNU AGPL v3\"],\"url\":\"https://www.gnu.org/licenses/agpl-3.0.html\",\"sources\":[\"https://spdx.org/licenses/AGPL-3.0-only.html\"]},{\"id\":\"lgpl\",\"name\":\"GNU Lesser General Public License family\",\"category\":\"copyleft\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"LGPL\",\"GNU LGPL\"],\"url\":\"https://www.gnu.org/licenses/lgpl-3.0.html\",\"sources\":[\"https://www.gnu.org/licenses/licenses.html\",\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"the Hub's `lgpl` names a family without a version\"},{\"id\":\"lgpl-2.1\",\"name\":\"GNU Lesser General Public License v2.1\",\"category\":\"copyleft\",\"spdx\":\"LGPL-2.1-only\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"LGPL-2.1\",\"LGPL-2.1-or-later\",\"LGPLv2.1\"],\"url\":\"https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html\",\"sources\":[\"https://spdx.org/licenses/LGPL-2.1-only.html\"]},{\"id\":\"lgpl-3.0\",\"name\":\"GNU Lesser General Public License v3.0\",\"category\":\"copyleft\",\"spdx\":\"LGPL-3.0-only\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"LGPL-3.0\",\"LGPL-3.0-or-later\",\"LGPLv3\"],\"url\":\"https://www.gnu.org/licenses/lgpl-3.0.html\",\"sources\":[\"https://spdx.org/licenses/LGPL-3.0-only.html\"]},{\"id\":\"lgpl-lr\",\"name\":\"Lesser General Public License For Linguistic Resources\",\"category\":\"copyleft\",\"spdx\":\"LGPLLR\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"LGPLLR\"],\"url\":\"https://spdx.org/licenses/LGPLLR.html\",\"sources\":[\"https://spdx.org/licenses/LGPLLR.html\"]},{\"id\":\"gfdl\",\"name\":\"GNU Free Documentation License family\",\"category\":\"copyleft\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"GFDL\",\"GFDL-1.3\",\"GFDL-1.3-only\",\"GFDL-1.3-or-later\",\"GNU FDL\"],\"url\":\"https://www.gnu.org/licenses/fdl-1.3.html\",\"sources\":[\"https://spdx.org/licenses/GFDL-1.3-only.html\"]},{\"id\":\"mpl-2.0\",\"name\":\"Mozilla Public License 2.0\",\"category\":\"copyleft\",\"spdx\":\"MPL-2.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Mozilla Public License 2.0\",\"MPL 2.0\"],\"url\":\"https://www.mozilla.org/en-US/MPL/2.0/\",\"sources\":[\"https://spdx.org/licenses/MPL-2.0.html\"]},{\"id\":\"epl-1.0\",\"name\":\"Eclipse Public License 1.0\",\"category\":\"copyleft\",\"spdx\":\"EPL-1.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Eclipse Public License 1.0\"],\"url\":\"https://spdx.org/licenses/EPL-1.0.html\",\"sources\":[\"https://spdx.org/licenses/EPL-1.0.html\"]},{\"id\":\"epl-2.0\",\"name\":\"Eclipse Public License 2.0\",\"category\":\"copyleft\",\"spdx\":\"EPL-2.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Eclipse Public License 2.0\"],\"url\":\"https://www.eclipse.org/legal/epl-2.0/\",\"sources\":[\"https://spdx.org/licenses/EPL-2.0.html\"]},{\"id\":\"eupl-1.1\",\"name\":\"European Union Public License 1.1\",\"category\":\"copyleft\",\"spdx\":\"EUPL-1.1\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"EUPL 1.1\"],\"url\":\"https://spdx.org/licenses/EUPL-1.1.html\",\"sources\":[\"https://spdx.org/licenses/EUPL-1.1.html\"]},{\"id\":\"eupl-1.2\",\"name\":\"European Union Public License 1.2\",\"category\":\"copyleft\",\"spdx\":\"EUPL-1.2\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"EUPL 1.2\"],\"url\":\"https://spdx.org/licenses/EUPL-1.2.html\",\"sources\":[\"https://spdx.org/licenses/EUPL-1.2.html\"]},{\"id\":\"osl-3.0\",\"name\":\"Open Software License 3.0\",\"category\":\"copyleft\",\"spdx\":\"OSL-3.0\",\"osi_approved\":true,\"commercial\":true,\"restrictions_pass_downstream\":false,\"aliases\":[\"Open Software License 3.0\"],\"url\":\"https://spdx.org/licenses/OSL-3.0.html\",\"sources\":[\"https://spdx.org/licenses/OSL-3.0.html\"]},{\"id\":\"ofl-1.1\",\"name\":\"SIL Open Font License 1.1\",\"category\":\"copyleft\",\"spdx\":\"OFL-1.1\",\"osi_approved\":true,\"commercial\":true,\"naming\":\"Modified versions may not use the Reserved Font Names of the original\",\"restrictions_pass_downstream\":false,\"aliases\":[\"SIL Open Font License 1.1\",\"OFL\"],\"url\":\"https://openfontlicense.org/open-font-license-official-text/\",\"sources\":[\"https://spdx.org/licenses/OFL-1.1.html\"]},{\"id\":\"openrail\",\"name\":\"OpenRAIL license family\",\"category\":\"open-rail\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"OpenRAIL\",\"Open RAIL\",\"openrail-m\",\"OpenRAIL-M\"],\"url\":\"https://www.licenses.ai/\",\"sources\":[\"https://www.licenses.ai/\",\"https://huggingface.co/blog/open_rail\"],\"unconfirmed\":\"the Hub's `openrail` names a family; the use restrictions of the particular text apply\"},{\"id\":\"creativeml-openrail-m\",\"name\":\"CreativeML Open RAIL-M\",\"category\":\"open-rail\",\"spdx\":\"CreativeML-OpenRAIL-M\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"CreativeML OpenRAIL-M\",\"CreativeML Open RAIL-M License\",\"creativeml-openrail\"],\"url\":\"https://huggingface.co/spaces/CompVis/stable-diffusion-license\",\"sources\":[\"https://huggingface.co/spaces/CompVis/stable-diffusion-license\",\"https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5\"]},{\"id\":\"openrail++\",\"name\":\"CreativeML Open RAIL++-M License\",\"category\":\"open-rail\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"Open Rail++-M License\",\"openrail++-m\",\"CreativeML Open RAIL++-M\",\"OpenRAIL++\"],\"url\":\"https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md\",\"sources\":[\"https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md\"]},{\"id\":\"bigscience-openrail-m\",\"name\":\"BigScience OpenRAIL-M\",\"category\":\"open-rail\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"BigScience OpenRAIL-M\",\"BigScience Open RAIL-M\"],\"url\":\"https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license\",\"sources\":[\"https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license\"]},{\"id\":\"bigscience-bloom-rail-1.0\",\"name\":\"BigScience BLOOM RAIL 1.0\",\"category\":\"open-rail\",\"spdx\":\"BigScience-BLOOM-RAIL-1.0\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"BigScience BLOOM RAIL 1.0\",\"bloom-rail\",\"BLOOM RAIL License v1.0\"],\"url\":\"https://huggingface.co/spaces/bigscience/license\",\"sources\":[\"https://huggingface.co/spaces/bigscience/license\",\"https://huggingface.co/bigscience/bloom\"]},{\"id\":\"bigcode-openrail-m\",\"name\":\"BigCode Open RAIL-M v1\",\"category\":\"open-rail\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"BigCode OpenRAIL-M\",\"BigCode Open RAIL-M v1\",\"bigcode-openrail-m-v1\"],\"url\":\"https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement\",\"sources\":[\"https://huggingface.co/spaces/bigcode/bigcode-model-license-agreement\",\"https://huggingface.co/bigcode/starcoder2-15b\"]},{\"id\":\"deepseek\",\"name\":\"DeepSeek License Agreement (model license) v1.0\",\"category\":\"open-rail\",\"osi_approved\":false,\"commercial\":true,\"output_training\":\"A model created by distillation or trained on synthetic data generated by the model is a Derivative of the Model and must carry the same use-based restrictions\",\"restrictions_pass_downstream\":true,\"aliases\":[\"deepseek-license\",\"DeepSeek License Agreement\",\"DEEPSEEK LICENSE AGREEMENT\",\"deepseek-model-license\",\"DeepSeek Model License\",\"LicenseRef-DeepSeek-Model-License\"],\"url\":\"https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL\",\"sources\":[\"https://github.com/deepseek-ai/DeepSeek-V3/blob/main/LICENSE-MODEL\",\"https://github.com/deepseek-ai/DeepSeek-Coder/blob/main/LICENSE-MODEL\"]},{\"id\":\"llama2\",\"name\":\"Llama 2 Community License\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":700000000,\"output_training\":\"The Llama Materials and their outputs may not be used to improve any other large language model (Llama 2 and its derivatives excepted)\",\"acceptable_use\":\"https://ai.meta.com/llama/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"llama-2\",\"llama_2\",\"llama 2\",\"Llama 2 Community License\",\"LLAMA 2 COMMUNITY LICENSE AGREEMENT\",\"llama2-community\"],\"url\":\"https://github.com/meta-llama/llama/blob/main/LICENSE\",\"sources\":[\"https://github.com/meta-llama/llama/blob/main/LICENSE\",\"https://huggingface.co/meta-llama/Llama-2-7b-hf\",\"https://ai.meta.com/llama/use-policy\",\"https://github.com/meta-llama/llama-models/blob/main/models/llama2/LICENSE\"]},{\"id\":\"llama3\",\"name\":\"Meta Llama 3 Community License\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":700000000,\"attribution\":\"Display \\\"Built with Meta Llama 3\\\" on a related website, user interface, blog post, about page or product documentation, and ship a copy of the agreement with the materials\",\"naming\":\"An AI model created, trained, fine-tuned or improved with the Llama Materials that is distributed or made available must have \\\"Llama 3\\\" at the beginning of its name\",\"output_training\":\"The Llama Materials and their outputs may not be used to improve any other large language model (Meta Llama 3 and its derivatives excepted)\",\"acceptable_use\":\"https://llama.meta.com/llama3/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"llama-3\",\"llama_3\",\"llama 3\",\"Meta Llama 3 Community License\",\"META LLAMA 3 COMMUNITY LICENSE AGREEMENT\",\"llama3-community\"],\"url\":\"https://github.com/meta-llama/llama3/blob/main/LICENSE\",\"sources\":[\"https://github.com/meta-llama/llama3/blob/main/LICENSE\",\"https://llama.meta.com/llama3/use-policy\",\"https://huggingface.co/meta-llama/Meta-Llama-3-8B\"]},{\"id\":\"llama3.1\",\"name\":\"Llama 3.1 Community License\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":700000000,\"attribution\":\"Display \\\"Built with Llama\\\" on a related website, user interface, blog post, about page or product documentation, and ship a copy of the agreement and the notice file\",\"naming\":\"An AI model created, trained, fine-tuned or improved with the Llama Materials or their outputs that is distributed or made available must have \\\"Llama\\\" at the beginning of its name\",\"output_training\":\"Allowed, but a model created, trained or improved with Llama 3.1 outputs that is distributed or made available falls under the naming duty (\\\"Llama\\\" first in its name) and the \\\"Built with Llama\\\" display\",\"acceptable_use\":\"https://llama.meta.com/llama3_1/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"llama-3.1\",\"llama3_1\",\"llama 3.1\",\"Llama 3.1 Community License\",\"LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\",\"llama3.1-community\"],\"url\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE\",\"sources\":[\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE\",\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/USE_POLICY.md\"]},{\"id\":\"llama3.2\",\"name\":\"Llama 3.2 Community License\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":700000000,\"excluded_regions\":[\"EU\"],\"region_scope\":\"multimodal\",\"region_clause\":\"The Llama 3.2 Acceptable Use Policy withholds the section 1(a) rights for the multimodal models of Llama 3.2 (the 11B and 90B Vision models) from individuals domiciled in, and companies with a principal place of business in, the European Union; end users of a product or service that incorporates such a model are exempt. The text-only 1B and 3B models are not affected.\",\"attribution\":\"Display \\\"Built with Llama\\\" on a related website, user interface, blog post, about page or product documentation, and ship a copy of the agreement and the notice file\",\"naming\":\"An AI model created, trained, fine-tuned or improved with the Llama Materials or their outputs that is distributed or made available must have \\\"Llama\\\" at the beginning of its name\",\"output_training\":\"Allowed, but a model created, trained or improved with Llama 3.2 outputs that is distributed or made available falls under the naming duty (\\\"Llama\\\" first in its name) and the \\\"Built with Llama\\\" display\",\"acceptable_use\":\"https://www.llama.com/llama3_2/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"llama-3.2\",\"llama3_2\",\"llama 3.2\",\"Llama 3.2 Community License\",\"LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\",\"llama3.2-community\"],\"url\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE\",\"sources\":[\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE\",\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md\"]},{\"id\":\"llama3.3\",\"name\":\"Llama 3.3 Community License\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":700000000,\"attribution\":\"Display \\\"Built with Llama\\\" on a related website, user interface, blog post, about page or product documentation, and ship a copy of the agreement and the notice file\",\"naming\":\"An AI model created, trained, fine-tuned or improved with the Llama Materials or their outputs that is distributed or made available must have \\\"Llama\\\" at the beginning of its name\",\"output_training\":\"Allowed, but a model created, trained or improved with Llama 3.3 outputs that is distributed or made available falls under the naming duty (\\\"Llama\\\" first in its name) and the \\\"Built with Llama\\\" display\",\"acceptable_use\":\"https://www.llama.com/llama3_3/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"llama-3.3\",\"llama3_3\",\"llama 3.3\",\"Llama 3.3 Community License\",\"LLAMA 3.3 COMMUNITY LICENSE AGREEMENT\",\"llama3.3-community\"],\"url\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE\",\"sources\":[\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE\",\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/USE_POLICY.md\"]},{\"id\":\"llama4\",\"name\":\"Llama 4 Community License\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":700000000,\"excluded_regions\":[\"EU\"],\"region_scope\":\"multimodal\",\"region_clause\":\"The Llama 4 Acceptable Use Policy withholds the section 1(a) rights for the multimodal models of Llama 4 (Scout and Maverick are natively multimodal) from individuals domiciled in, and companies with a principal place of business in, the European Union; end users of a product or service that incorporates such a model are exempt.\",\"attribution\":\"Display \\\"Built with Llama\\\" on a related website, user interface, blog post, about page or product documentation, and ship a copy of the agreement and the notice file\",\"naming\":\"An AI model created, trained, fine-tuned or improved with the Llama Materials or their outputs that is distributed or made available must have \\\"Llama\\\" at the beginning of its name\",\"output_training\":\"Allowed, but a model created, trained or improved with Llama 4 outputs that is distributed or made available falls under the naming duty (\\\"Llama\\\" first in its name) and the \\\"Built with Llama\\\" display\",\"acceptable_use\":\"https://www.llama.com/llama4/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"llama-4\",\"llama_4\",\"llama 4\",\"Llama 4 Community License\",\"LLAMA 4 COMMUNITY LICENSE AGREEMENT\",\"llama4-community\"],\"url\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE\",\"sources\":[\"https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE\",\"https://www.llama.com/llama4/use-policy\",\"https://github.com/meta-llama/llama-models/blob/main/models/llama4/USE_POLICY.md\"]},{\"id\":\"chameleon-research-license\",\"name\":\"Meta Chameleon Research License\",\"category\":\"research-only\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":true,\"aliases\":[\"Chameleon Research License\",\"chameleon-license\",\"Meta Chameleon Research License\"],\"url\":\"https://ai.meta.com/resources/models-and-libraries/chameleon-license/\",\"sources\":[\"https://ai.meta.com/resources/models-and-libraries/chameleon-license/\",\"https://github.com/facebookresearch/chameleon\"],\"unconfirmed\":\"terms (noncommercial research uses only) taken from the repository README and quotations; its acceptable-use policy and the downstream duty were not read from the license text\"},{\"id\":\"fair-noncommercial-research-license\",\"name\":\"FAIR Noncommercial Research License\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":true,\"aliases\":[\"FAIR Noncommercial Research License\",\"FAIR NC Research License\",\"fair-noncommercial-research\"],\"url\":\"https://github.com/facebookresearch/spiritlm/blob/main/LICENSE\",\"sources\":[\"https://github.com/facebookresearch/spiritlm/blob/main/LICENSE\",\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"grants noncommercial research use only; whether an acceptable-use policy applies and must be passed on was not read from the license text\"},{\"id\":\"opt-175b\",\"name\":\"OPT-175B License Agreement\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":true,\"aliases\":[\"OPT-175B License Agreement\",\"OPT-175B License\",\"OPT License\"],\"url\":\"https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/MODEL_LICENSE.md\",\"sources\":[\"https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/MODEL_LICENSE.md\",\"https://huggingface.co/facebook/opt-125m/raw/a205f8bbcdeab40904efe8d9f9e636443a65c92f/README.md\"],\"unconfirmed\":\"the Hub cards of the OPT models say license other and commercial false, and Meta's release announced a noncommercial license; the agreement's text itself was not read here\"},{\"id\":\"seamless\",\"name\":\"Seamless Licensing Agreement\",\"category\":\"research-only\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"Copies keep a \\\"Notice\\\" text file reading \\\"Seamless is licensed under the Seamless Licensing Agreement, Copyright © Meta Platforms, Inc. All Rights Reserved.\\\"; publications acknowledge the Seamless Materials\",\"output_training\":\"The materials and their outputs may be used for Noncommercial Research Uses only (section 2.a)\",\"acceptable_use\":\"https://ai.meta.com/resources/models-and-libraries/seamless-use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"Seamless Licensing Agreement\",\"Seamless License\",\"seamless-license\"],\"url\":\"https://github.com/facebookresearch/seamless_communication/blob/main/SEAMLESS_LICENSE\",\"sources\":[\"https://github.com/facebookresearch/seamless_communication/blob/main/SEAMLESS_LICENSE\",\"https://github.com/facebookresearch/seamless_communication/blob/main/README.md#license\"]},{\"id\":\"gemma\",\"name\":\"Gemma Terms of Use\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"output_training\":\"A model trained by transferring patterns of Gemma's weights, parameters, operations or outputs (distillation, synthetic data) is a Model Derivative bound by the Gemma Terms of Use\",\"acceptable_use\":\"https://ai.google.dev/gemma/prohibited_use_policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"Gemma Terms of Use\",\"gemma-terms-of-use\",\"gemma-license\",\"Gemma License\"],\"url\":\"https://ai.google.dev/gemma/terms\",\"sources\":[\"https://ai.google.dev/gemma/terms\",\"https://ai.google.dev/gemma/prohibited_use_policy\",\"https://huggingface.co/google/gemma-7b/discussions/122\"],\"unconfirmed\":\"the terms were read through quotations of the 2024 text (Model Derivatives definition, section 3.1 distribution duties), not from Google's page itself\"},{\"id\":\"qwen\",\"name\":\"Qwen License Agreement\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":100000000,\"attribution\":\"A distributed AI model created, trained or improved with the Qwen materials or their outputs must prominently display \\\"Built with Qwen\\\" or \\\"Improved using Qwen\\\" in its product documentation; copies keep the Qwen notice file\",\"output_training\":\"Allowed, but a model trained or improved with the outputs that is distributed or made available must display \\\"Built with Qwen\\\" or \\\"Improved using Qwen\\\"\",\"restrictions_pass_downstream\":false,\"aliases\":[\"Qwen LICENSE AGREEMENT\",\"Qwen License\",\"qwen-license\"],\"url\":\"https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE\",\"sources\":[\"https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE\",\"https://huggingface.co/Qwen/Qwen2.5-72B-Instruct\"],\"unconfirmed\":\"the clauses were read through quotations of the license (100M monthly active users, \\\"Built with Qwen\\\"), not from the LICENSE file itself\"},{\"id\":\"qwen-research\",\"name\":\"Qwen Research License Agreement\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"attribution\":\"A distributed AI model created, trained or improved with the Qwen materials or their outputs must prominently display \\\"Built with Qwen\\\" or \\\"Improved using Qwen\\\"\",\"output_training\":\"Allowed for non-commercial purposes only, with the \\\"Built with Qwen\\\" or \\\"Improved using Qwen\\\" display on the resulting model\",\"restrictions_pass_downstream\":false,\"aliases\":[\"Qwen RESEARCH LICENSE AGREEMENT\",\"Qwen Research License\",\"qwen-research-license\"],\"url\":\"https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE\",\"sources\":[\"https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE\",\"https://huggingface.co/Qwen/Qwen2.5-3B-Instruct\"],\"unconfirmed\":\"read through quotations of the license (section 2.a, non-commercial purposes only; section 4.b, the Qwen display), not from the LICENSE file itself\"},{\"id\":\"tongyi-qianwen\",\"name\":\"Tongyi Qianwen License Agreement\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"user_cap\":100000000,\"output_training\":\"The materials and their outputs may not be used to improve any other large language model (Qwen and its derivatives excepted)\",\"restrictions_pass_downstream\":false,\"aliases\":[\"Tongyi Qianwen LICENSE AGREEMENT\",\"Tongyi Qianwen License\",\"tongyi-qianwen-license\",\"tongyi-qianwen-license-agreement\"],\"url\":\"https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/LICENSE\",\"sources\":[\"https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/LICENSE\",\"https://huggingface.co/Qwen/Qwen2-72B-Instruct\",\"https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT\"]},{\"id\":\"tongyi-qianwen-research\",\"name\":\"Tongyi Qianwen Research License Agreement\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"output_training\":\"The materials and their outputs may not be used to improve any other large language model (Tongyi Qianwen and its derivatives excepted)\",\"restrictions_pass_downstream\":false,\"aliases\":[\"Tongyi Qianwen RESEARCH LICENSE AGREEMENT\",\"Tongyi Qianwen Research License\",\"tongyi-qianwen-research-license\",\"tongyi-qianwen-research-license-agreement\"],\"url\":\"https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT\",\"sources\":[\"https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT\",\"https://huggingface.co/Qwen/Qwen1.5-0.5B-Chat/blob/main/LICENSE\",\"https://huggingface.co/Qwen/Qwen1.5-0.5B-Chat\",\"https://huggingface.co/Qwen/CodeQwen1.5-7B\",\"https://github.com/QwenLM/Qwen#license-agreement\"],\"unconfirmed\":\"the terms (section 2.a non-commercial purposes only, 4.b no improving other large language models) were read from the QwenLM/Qwen repository file; that the LICENSE files of the Qwen1.5 0.5B/1.8B/4B and CodeQwen1.5 repositories carry the same text was not compared\"},{\"id\":\"health-ai-developer-foundations\",\"name\":\"Health AI Developer Foundations Terms of Use\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"acceptable_use\":\"https://developers.google.com/health-ai-developer-foundations/prohibited-use-policy\",\"restrictions_pass_downstream\":true,\"output_training\":\"Models trained on the outputs of a HAI-DEF model are \\\"Model Derivatives\\\" under the terms and carry its use restrictions\",\"aliases\":[\"HAI-DEF\",\"hai-def\",\"Health AI Developer Foundations\",\"Health AI Developer Foundations terms of use\",\"health-ai-developer-foundations-terms\"],\"url\":\"https://developers.google.com/health-ai-developer-foundations/terms\",\"sources\":[\"https://developers.google.com/health-ai-developer-foundations/terms\",\"https://huggingface.co/google/medgemma-4b-it\"],\"unconfirmed\":\"the cards of MedGemma, TxGemma and MedSigLIP carry `license_name: health-ai-developer-foundations`; that the terms allow commercial use, define model derivatives like Gemma's and bind a prohibited-use policy that must be passed on was read from summaries of the terms page, not from the page itself\"},{\"id\":\"mnpl\",\"name\":\"Mistral AI Non-Production License\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":true,\"aliases\":[\"MNPL\",\"MNPL-0.1\",\"mnpl-0.1\",\"Mistral AI Non-Production License\",\"mistral-non-production-license\"],\"url\":\"https://mistral.ai/licenses/MNPL-0.1.md\",\"sources\":[\"https://mistral.ai/licenses/MNPL-0.1.md\",\"https://mistral.ai/news/mistral-ai-non-production-license-mnpl/\",\"https://huggingface.co/mistralai/Codestral-22B-v0.1\"],\"unconfirmed\":\"read through quotations of section 3.2 (testing, research, personal or evaluation use in non-production environments; no supply in the course of a commercial activity); that the limitation binds derivatives is stated there, its pass-down mechanics were not read\"},{\"id\":\"mrl\",\"name\":\"Mistral AI Research License\",\"category\":\"research-only\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":true,\"aliases\":[\"MRL\",\"MRL-0.1\",\"mrl-0.1\",\"Mistral AI Research License\",\"mistral-research-license\",\"mistral-research-licence\"],\"url\":\"https://mistral.ai/licenses/MRL-0.1.md\",\"sources\":[\"https://mistral.ai/licenses/MRL-0.1.md\",\"https://huggingface.co/mistralai/Mistral-Large-Instruct-2407\"],\"unconfirmed\":\"research and non-commercial use only, commercial self-deployment needs a Mistral commercial license (secondary summaries); the text was not read\"},{\"id\":\"stabilityai-ai-community\",\"name\":\"Stability AI Community License Agreement\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":\"conditional\",\"commercial_condition\":\"Free commercial use for individuals and organisations (with affiliates) under USD 1,000,000 annual revenue, after registering with Stability AI; above that an Enterprise license is required\",\"revenue_cap_usd\":1000000,\"attribution\":\"Display \\\"Powered by Stability AI\\\" on a related website, user interface, blog post, about page or product documentation, and keep the notice file\",\"output_training\":\"The models, derivatives and outputs may not be used to create or improve a foundational generative AI model other than the models and their derivatives\",\"acceptable_use\":\"https://stability.ai/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"Stability AI Community License\",\"stabilityai-community\",\"stability-ai-community\",\"stability-community-license\",\"sai-community\"],\"url\":\"https://stability.ai/community-license-agreement\",\"sources\":[\"https://stability.ai/community-license-agreement\",\"https://stability.ai/license\",\"https://huggingface.co/stabilityai/stable-diffusion-3.5-large\"],\"unconfirmed\":\"read through several summaries of the agreement (revenue threshold, registration, \\\"Powered by Stability AI\\\", foundation-model clause), not from the agreement itself\"},{\"id\":\"stabilityai-nc-research-community\",\"name\":\"Stability AI Non-Commercial Research Community License\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"acceptable_use\":\"https://stability.ai/use-policy\",\"restrictions_pass_downstream\":true,\"aliases\":[\"Stability AI Non-Commercial Research Community License\",\"sai-nc-community\",\"SAI NC RC\",\"stabilityai-non-commercial-research-community\"],\"url\":\"https://huggingface.co/stabilityai/stable-cascade/blob/main/LICENSE\",\"sources\":[\"https://huggingface.co/stabilityai/stable-cascade/blob/main/LICENSE\"],\"unconfirmed\":\"the terms and the Hub license_name spellings were not read from the license text; Stability moved most of these models to the Community License in July 2024\"},{\"id\":\"flux-1-dev-non-commercial-license\",\"name\":\"FLUX.1 [dev] Non-Commercial License\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"output_training\":\"Outputs may be used for any purpose, including commercially, except to train, fine-tune or distill a model that competes with FLUX.1 [dev]\",\"restrictions_pass_downstream\":true,\"aliases\":[\"FLUX.1 [dev] Non-Commercial License\",\"flux-dev-non-commercial-license\",\"flux-1-dev\",\"flux1-dev-license\",\"FLUX.1-dev Non-Commercial License\"],\"url\":\"https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-dev\",\"sources\":[\"https://github.com/black-forest-labs/flux/blob/main/model_licenses/LICENSE-FLUX1-dev\",\"https://huggingface.co/black-forest-labs/FLUX.1-dev\"]},{\"id\":\"flux-non-commercial-license\",\"name\":\"FLUX Non-Commercial License\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"output_training\":\"Outputs may be used for any purpose, including commercially, except as the license prohibits elsewhere (its section 4 bars commercial or production use of data the model produces; the two readings are disputed) and not to train a competing model\",\"restrictions_pass_downstream\":true,\"aliases\":[\"FLUX Non-Commercial License\",\"FLUX NCL\",\"FLUX Non-Commercial License v2.1\",\"flux-non-commercial-license-v2.1\"],\"url\":\"https://bfl.ai/legal/non-commercial-license-terms\",\"sources\":[\"https://bfl.ai/legal/non-commercial-license-terms\",\"https://docs.bfl.ai/flux_2/flux2_overview\"],\"unconfirmed\":\"the text was read in a copy of FLUX.2-klein-9B's LICENSE.md (v2.1), not on bfl.ai; the Hub license_name FLUX.2 repositories use was not read, so no Hub spelling is an alias; restrictions_pass_downstream assumed as for FLUX.1 [dev]\"},{\"id\":\"cpml\",\"name\":\"Coqui Public Model License 1.0.0\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":false,\"aliases\":[\"coqui-public-model-license\",\"Coqui Public Model License\",\"CPML\",\"CPML 1.0.0\"],\"url\":\"https://coqui.ai/cpml\",\"sources\":[\"https://coqui.ai/cpml\",\"https://huggingface.co/coqui/XTTS-v2\"],\"unconfirmed\":\"non-commercial per the XTTS-v2 card (license_name coqui-public-model-license, link coqui.ai/cpml) and summaries of the license; Coqui wound down in early 2024 and sells no commercial license; use restrictions beyond that and a pass-down duty were not read in the text\"},{\"id\":\"falcon-llm-license\",\"name\":\"TII Falcon License 2.0\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":true,\"restrictions_pass_downstream\":true,\"aliases\":[\"TII Falcon License\",\"TII Falcon License 2.0\",\"TII Falcon-LLM License 2.0\",\"Falcon LLM License\",\"falcon-license\"],\"url\":\"https://falconllm.tii.ae/falcon-terms-and-conditions.html\",\"sources\":[\"https://falconllm.tii.ae/falcon-terms-and-conditions.html\",\"https://huggingface.co/tiiuae/Falcon3-7B-Instruct\"],\"unconfirmed\":\"an Apache-2.0-based license with an acceptable-use policy per summaries; the text, the policy address and the pass-down duty were not read\"},{\"id\":\"falcon-180b-tii-license\",\"name\":\"Falcon 180B TII License 1.0\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":\"conditional\",\"commercial_condition\":\"Commercial use allowed, but offering Falcon 180B (or a derivative) as a hosted service may require a separate license from TII\",\"restrictions_pass_downstream\":true,\"aliases\":[\"Falcon 180B TII License\",\"FALCON 180B TII LICENSE VERSION 1.0\",\"falcon-180b-license\"],\"url\":\"https://huggingface.co/spaces/tiiuae/falcon-180b-license/blob/main/LICENSE.txt\",\"sources\":[\"https://huggingface.co/tiiuae/falcon-180B\",\"https://www.ollama.com/library/falcon:180b-text/blobs/8e8cf4b25d47\"],\"unconfirmed\":\"only the introductory note (Apache-2.0 based; hosted services may need a separate license) was read; the license's acceptable-use policy and its pass-down duty were not read\"},{\"id\":\"deepfloyd-if-license\",\"name\":\"DeepFloyd IF Research License Agreement\",\"category\":\"non-commercial\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":true,\"aliases\":[\"DeepFloyd IF Research License Agreement\",\"DeepFloyd IF License\"],\"url\":\"https://huggingface.co/spaces/DeepFloyd/deepfloyd-if-license\",\"sources\":[\"https://huggingface.co/spaces/DeepFloyd/deepfloyd-if-license\"],\"unconfirmed\":\"non-commercial research-only with use restrictions per the model's own page; the text was not read\"},{\"id\":\"apple-amlr\",\"name\":\"Apple Model License for Research\",\"category\":\"research-only\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":false,\"aliases\":[\"Apple Model License for Research\",\"Apple ML Research Model License\",\"apple-ml-research\"],\"url\":\"https://huggingface.co/apple/DepthPro\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\",\"https://huggingface.co/apple/DepthPro\"],\"unconfirmed\":\"research purposes only, excluding commercial use and product development, per secondary summaries; the text was not read and `url` points to a model card that carries it\"},{\"id\":\"h-research\",\"name\":\"H Research License\",\"category\":\"research-only\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":false,\"aliases\":[\"H Research License\"],\"url\":\"https://huggingface.co/docs/hub/repositories-licenses\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"only the name on the Hub's license list is known; research-only and no commercial use are assumed from the name\"},{\"id\":\"intel-research\",\"name\":\"Intel Research Use License Agreement\",\"category\":\"research-only\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":false,\"aliases\":[\"Intel Research Use License\",\"Intel Research Use License Agreement\"],\"url\":\"https://huggingface.co/docs/hub/repositories-licenses\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"],\"unconfirmed\":\"only the name on the Hub's license list is known; research-only and no commercial use are assumed from the name\"},{\"id\":\"grok2-community\",\"name\":\"Grok 2 Community License Agreement\",\"category\":\"community\",\"osi_approved\":false,\"commercial\":\"conditional\",\"commercial_condition\":\"Commercial use is restricted by the agreement's own limits (see its text); secondary sources differ on the threshold\",\"attribution\":\"Display \\\"Powered by xAI\\\" with products built on the model (reported by secondary sources)\",\"output_training\":\"The materials and outputs may not be used to train, create or improve other foundation or large language models, apart from modifying Grok 2 itself (reported by secondary sources)\",\"restrictions_pass_downstream\":true,\"aliases\":[\"Grok 2 Community License\",\"Grok 2 Community License Agreement\",\"grok-2-community\"],\"url\":\"https://huggingface.co/xai-org/grok-2/blob/main/LICENSE\",\"sources\":[\"https://huggingface.co/xai-org/grok-2/blob/main/LICENSE\",\"https://huggingface.co/xai-org/grok-2\"],\"unconfirmed\":\"no term was read from the license text; commercial limits, attribution, output restriction and pass-down duty come from secondary sources\"},{\"id\":\"unknown\",\"name\":\"Unknown\",\"category\":\"unknown\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":false,\"aliases\":[\"NOASSERTION\",\"none\",\"not specified\"],\"url\":\"https://huggingface.co/docs/hub/repositories-licenses\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"]},{\"id\":\"other\",\"name\":\"Other (license given by license_name and license_link)\",\"category\":\"unknown\",\"osi_approved\":false,\"commercial\":false,\"restrictions_pass_downstream\":false,\"url\":\"https://huggingface.co/docs/hub/repositories-licenses\",\"sources\":[\"https://huggingface.co/docs/hub/repositories-licenses\"]}],\"models\":[{\"id\":\"allenai/OLMo-1B-hf\",\"family\":\"olmo\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-1B-hf\"},{\"id\":\"allenai/OLMo-7B-hf\",\"family\":\"olmo\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-7B-hf\"},{\"id\":\"allenai/OLMo-7B\",\"family\":\"olmo\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-7B\",\"unconfirmed\":\"formats: the original (hf_olmo) repository was not checked file by file\"},{\"id\":\"allenai/OLMo-7B-0724-hf\",\"family\":\"olmo\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-7B-0724-hf\"},{\"id\":\"allenai/OLMo-7B-0724-Instruct-hf\",\"family\":\"olmo\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"base_model\":[\"allenai/OLMo-7B-0724-hf\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-7B-0724-Instruct-hf\"},{\"id\":\"allenai/OLMo-2-0425-1B\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-0425-1B\"},{\"id\":\"allenai/OLMo-2-1124-7B\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-1124-7B\"},{\"id\":\"allenai/OLMo-2-1124-7B-Instruct\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"base_model\":[\"allenai/OLMo-2-1124-7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-1124-7B-Instruct\"},{\"id\":\"allenai/OLMo-2-1124-13B\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-1124-13B\"},{\"id\":\"allenai/OLMo-2-1124-13B-Instruct\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"base_model\":[\"allenai/OLMo-2-1124-13B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-1124-13B-Instruct\"},{\"id\":\"allenai/OLMo-2-0325-32B\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-0325-32B\"},{\"id\":\"allenai/OLMo-2-0325-32B-Instruct\",\"family\":\"olmo-2\",\"task\":\"text-generation\",\"publisher\":\"allenai\",\"license\":\"apache-2.0\",\"base_model\":[\"allenai/OLMo-2-0325-32B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/allenai/OLMo-2-0325-32B-Instruct\"},{\"id\":\"bigscience/bloom\",\"family\":\"bloom\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloom\"},{\"id\":\"bigscience/bloom-560m\",\"family\":\"bloom\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloom-560m\"},{\"id\":\"bigscience/bloom-1b1\",\"family\":\"bloom\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloom-1b1\"},{\"id\":\"bigscience/bloom-1b7\",\"family\":\"bloom\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloom-1b7\"},{\"id\":\"bigscience/bloom-3b\",\"family\":\"bloom\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloom-3b\"},{\"id\":\"bigscience/bloom-7b1\",\"family\":\"bloom\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloom-7b1\"},{\"id\":\"bigscience/bloomz\",\"family\":\"bloomz\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"base_model\":[\"bigscience/bloom\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloomz\"},{\"id\":\"bigscience/bloomz-560m\",\"family\":\"bloomz\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"base_model\":[\"bigscience/bloom-560m\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloomz-560m\"},{\"id\":\"bigscience/bloomz-1b7\",\"family\":\"bloomz\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"base_model\":[\"bigscience/bloom-1b7\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloomz-1b7\"},{\"id\":\"bigscience/bloomz-3b\",\"family\":\"bloomz\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"base_model\":[\"bigscience/bloom-3b\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloomz-3b\"},{\"id\":\"bigscience/bloomz-7b1\",\"family\":\"bloomz\",\"task\":\"text-generation\",\"publisher\":\"bigscience\",\"license\":\"bigscience-bloom-rail-1.0\",\"base_model\":[\"bigscience/bloom-7b1\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bigscience/bloomz-7b1\"},{\"id\":\"black-forest-labs/FLUX.1-dev\",\"family\":\"flux.1\",\"task\":\"text-to-image\",\"publisher\":\"black-forest-labs\",\"license\":\"flux-1-dev-non-commercial-license\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/black-forest-labs/FLUX.1-dev\"},{\"id\":\"black-forest-labs/FLUX.1-schnell\",\"family\":\"flux.1\",\"task\":\"text-to-image\",\"publisher\":\"black-forest-labs\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/black-forest-labs/FLUX.1-schnell\",\"unconfirmed\":\"gating: one third-party report says the repository asks to accept terms before download; not confirmed on the Hub\"},{\"id\":\"black-forest-labs/FLUX.1-Fill-dev\",\"family\":\"flux.1\",\"task\":\"text-to-image\",\"publisher\":\"black-forest-labs\",\"license\":\"flux-1-dev-non-commercial-license\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/black-forest-labs/FLUX.1-Fill-dev\"},{\"id\":\"black-forest-labs/FLUX.1-Kontext-dev\",\"family\":\"flux.1\",\"task\":\"text-to-image\",\"publisher\":\"black-forest-labs\",\"license\":\"flux-1-dev-non-commercial-license\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/black-forest-labs/FLUX.1-Kontext-dev\"},{\"id\":\"codellama/CodeLlama-7b-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-7b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-7b-hf\"},{\"id\":\"codellama/CodeLlama-7b-Instruct-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-7b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-7b-Instruct-hf\"},{\"id\":\"codellama/CodeLlama-7b-Python-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-7b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-7b-Python-hf\"},{\"id\":\"codellama/CodeLlama-13b-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-13b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-13b-hf\"},{\"id\":\"codellama/CodeLlama-13b-Instruct-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-13b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-13b-Instruct-hf\"},{\"id\":\"codellama/CodeLlama-13b-Python-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-13b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-13b-Python-hf\"},{\"id\":\"codellama/CodeLlama-34b-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-34b-hf\"},{\"id\":\"codellama/CodeLlama-34b-Instruct-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-34b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-34b-Instruct-hf\"},{\"id\":\"codellama/CodeLlama-34b-Python-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-34b-hf\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-34b-Python-hf\"},{\"id\":\"codellama/CodeLlama-70b-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-70b-hf\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-70b-hf\"},{\"id\":\"codellama/CodeLlama-70b-Instruct-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-70b-hf\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-70b-Instruct-hf\"},{\"id\":\"codellama/CodeLlama-70b-Python-hf\",\"family\":\"code-llama\",\"task\":\"code-generation\",\"publisher\":\"codellama\",\"license\":\"llama2\",\"base_model\":[\"codellama/CodeLlama-70b-hf\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/codellama/CodeLlama-70b-Python-hf\"},{\"id\":\"bartowski/Meta-Llama-3.1-8B-Instruct-GGUF\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"bartowski\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-8B-Instruct\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF\"},{\"id\":\"lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"lmstudio-community\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-8B-Instruct\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF\"},{\"id\":\"unsloth/Meta-Llama-3.1-8B-Instruct\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"unsloth\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-8B-Instruct\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/unsloth/Meta-Llama-3.1-8B-Instruct\"},{\"id\":\"bartowski/Llama-3.2-3B-Instruct-GGUF\",\"family\":\"llama-3.2\",\"task\":\"text-generation\",\"publisher\":\"bartowski\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-3B-Instruct\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bartowski/Llama-3.2-3B-Instruct-GGUF\"},{\"id\":\"unsloth/Llama-3.2-3B-Instruct-GGUF\",\"family\":\"llama-3.2\",\"task\":\"text-generation\",\"publisher\":\"unsloth\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-3B-Instruct\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/unsloth/Llama-3.2-3B-Instruct-GGUF\"},{\"id\":\"TheBloke/Llama-2-7B-Chat-GGUF\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"TheBloke\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-7b-chat-hf\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF\"},{\"id\":\"TheBloke/Mistral-7B-Instruct-v0.2-GGUF\",\"family\":\"mistral\",\"task\":\"text-generation\",\"publisher\":\"TheBloke\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mistral-7B-Instruct-v0.2\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/TheBloke/Mistral-7B-Instruct-v0.2-GGUF\"},{\"id\":\"bartowski/gemma-2-9b-it-GGUF\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"bartowski\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2-9b-it\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/bartowski/gemma-2-9b-it-GGUF\"},{\"id\":\"unsloth/DeepSeek-R1-GGUF\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"unsloth\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-R1\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/unsloth/DeepSeek-R1-GGUF\"},{\"id\":\"unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"unsloth\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-R1-Distill-Llama-8B\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF\"},{\"id\":\"mistral-community/pixtral-12b\",\"family\":\"pixtral\",\"task\":\"image-text-to-text\",\"publisher\":\"mistral-community\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Pixtral-12B-2409\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/mistral-community/pixtral-12b\"},{\"id\":\"mlx-community/whisper-turbo\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"mlx-community\",\"license\":\"mit\",\"base_model\":[\"openai/whisper-large-v3-turbo\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mlx-community/whisper-turbo\",\"unconfirmed\":\"formats: as the mlx-community re-upload rule states for its copies; this repository's file list was not read\"},{\"id\":\"MintplexLabs/multilingual-e5-small\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"MintplexLabs\",\"license\":\"mit\",\"base_model\":[\"intfloat/multilingual-e5-small\"],\"gated\":false,\"formats\":[\"onnx\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/MintplexLabs/multilingual-e5-small\"},{\"id\":\"Efficient-Large-Model/gemma-2-2b-it\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"Efficient-Large-Model\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2-2b-it\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Efficient-Large-Model/gemma-2-2b-it\",\"unconfirmed\":\"base and gating: that it holds google/gemma-2-2b-it's weights ungated is said by the projects that load it (vllm-omni's SANA notes: 'the ungated mirror'), not by its own card, which was not read\"},{\"id\":\"deepseek-ai/DeepSeek-V3-Base\",\"family\":\"deepseek-v3\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-V3-Base\",\"unconfirmed\":\"the Hub card may label the repository MIT, the code's license; the audit read deepseek-ai/DeepSeek-V3's README (section 7: 'the use of DeepSeek-V3 Base/Chat models is subject to the Model License'), so a Hub label of MIT is for a human to judge, not for catalog:refresh to apply\"},{\"id\":\"deepseek-ai/DeepSeek-V3\",\"family\":\"deepseek-v3\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"base_model\":[\"deepseek-ai/DeepSeek-V3-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-V3\",\"unconfirmed\":\"the Hub card may label the repository MIT, the code's license; the audit read deepseek-ai/DeepSeek-V3's README (section 7: 'the use of DeepSeek-V3 Base/Chat models is subject to the Model License'), so a Hub label of MIT is for a human to judge, not for catalog:refresh to apply\"},{\"id\":\"deepseek-ai/DeepSeek-V3-0324\",\"family\":\"deepseek-v3\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-V3-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-V3-0324\"},{\"id\":\"deepseek-ai/DeepSeek-V3.1-Base\",\"family\":\"deepseek-v3\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-V3.1-Base\"},{\"id\":\"deepseek-ai/DeepSeek-V3.1\",\"family\":\"deepseek-v3\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-V3.1-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-V3.1\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Zero\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-V3-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Zero\"},{\"id\":\"deepseek-ai/DeepSeek-R1\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-V3-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1\"},{\"id\":\"deepseek-ai/DeepSeek-R1-0528\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"deepseek-ai/DeepSeek-V3-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-0528\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"Qwen/Qwen2.5-Math-1.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-7B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"Qwen/Qwen2.5-Math-7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-14B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"Qwen/Qwen2.5-14B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"Qwen/Qwen2.5-32B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-8B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"meta-llama/Llama-3.1-8B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-8B\"},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-70B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"meta-llama/Llama-3.3-70B-Instruct\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-70B\"},{\"id\":\"deepseek-ai/DeepSeek-R1-0528-Qwen3-8B\",\"family\":\"deepseek-r1\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"mit\",\"base_model\":[\"Qwen/Qwen3-8B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1-0528-Qwen3-8B\",\"unconfirmed\":\"the ollama deepseek-r1:8b tag pointed to DeepSeek-R1-Distill-Llama-8B before the 0528 release\"},{\"id\":\"deepseek-ai/deepseek-coder-1.3b-instruct\",\"family\":\"deepseek-coder\",\"task\":\"code-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/deepseek-coder-1.3b-instruct\"},{\"id\":\"deepseek-ai/deepseek-coder-6.7b-instruct\",\"family\":\"deepseek-coder\",\"task\":\"code-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/deepseek-coder-6.7b-instruct\"},{\"id\":\"deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct\",\"family\":\"deepseek-coder-v2\",\"task\":\"code-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct\"},{\"id\":\"deepseek-ai/deepseek-llm-7b-chat\",\"family\":\"deepseek-llm\",\"task\":\"text-generation\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/deepseek-ai/deepseek-llm-7b-chat\"},{\"id\":\"deepseek-ai/Janus-1.3B\",\"family\":\"janus\",\"task\":\"any-to-any\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/deepseek-ai/Janus-1.3B\",\"unconfirmed\":\"the Hub card labels the repository MIT, the code's license; the card's License section and deepseek-ai/Janus's README (section 4) say the use of the Janus models is subject to the DeepSeek Model License, so a Hub label of MIT is for a human to judge, not for catalog:refresh to apply\"},{\"id\":\"deepseek-ai/JanusFlow-1.3B\",\"family\":\"janus\",\"task\":\"any-to-any\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/deepseek-ai/JanusFlow-1.3B\",\"unconfirmed\":\"the Hub card labels the repository MIT, the code's license; the card's License section and deepseek-ai/Janus's README (section 4) say the use of the Janus models is subject to the DeepSeek Model License, so a Hub label of MIT is for a human to judge, not for catalog:refresh to apply\"},{\"id\":\"deepseek-ai/Janus-Pro-1B\",\"family\":\"janus\",\"task\":\"any-to-any\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/deepseek-ai/Janus-Pro-1B\",\"unconfirmed\":\"the Hub card labels the repository MIT, the code's license; the card's License section and deepseek-ai/Janus's README (section 4) say the use of the Janus models is subject to the DeepSeek Model License, so a Hub label of MIT is for a human to judge, not for catalog:refresh to apply\"},{\"id\":\"deepseek-ai/Janus-Pro-7B\",\"family\":\"janus\",\"task\":\"any-to-any\",\"publisher\":\"deepseek-ai\",\"license\":\"deepseek\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/deepseek-ai/Janus-Pro-7B\",\"unconfirmed\":\"the Hub card labels the repository MIT, the code's license; the card's License section and deepseek-ai/Janus's README (section 4) say the use of the Janus models is subject to the DeepSeek Model License, so a Hub label of MIT is for a human to judge, not for catalog:refresh to apply\"},{\"id\":\"EleutherAI/pythia-70m\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-70m\"},{\"id\":\"EleutherAI/pythia-160m\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-160m\"},{\"id\":\"EleutherAI/pythia-410m\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-410m\"},{\"id\":\"EleutherAI/pythia-1b\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-1b\"},{\"id\":\"EleutherAI/pythia-1.4b\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-1.4b\"},{\"id\":\"EleutherAI/pythia-2.8b\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-2.8b\"},{\"id\":\"EleutherAI/pythia-6.9b\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-6.9b\"},{\"id\":\"EleutherAI/pythia-12b\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-12b\"},{\"id\":\"EleutherAI/pythia-1b-deduped\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-1b-deduped\"},{\"id\":\"EleutherAI/pythia-6.9b-deduped\",\"family\":\"pythia\",\"task\":\"text-generation\",\"publisher\":\"EleutherAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"source\":\"https://huggingface.co/EleutherAI/pythia-6.9b-deduped\"},{\"id\":\"sentence-transformers/all-MiniLM-L6-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"all-MiniLM-L6-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2\"},{\"id\":\"sentence-transformers/all-MiniLM-L12-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"all-MiniLM-L12-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/all-MiniLM-L12-v2\"},{\"id\":\"sentence-transformers/all-mpnet-base-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"all-mpnet-base-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/all-mpnet-base-v2\"},{\"id\":\"sentence-transformers/all-distilroberta-v1\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"all-distilroberta-v1\"],\"source\":\"https://huggingface.co/sentence-transformers/all-distilroberta-v1\"},{\"id\":\"sentence-transformers/paraphrase-MiniLM-L6-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"paraphrase-MiniLM-L6-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/paraphrase-MiniLM-L6-v2\"},{\"id\":\"sentence-transformers/paraphrase-mpnet-base-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"paraphrase-mpnet-base-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/paraphrase-mpnet-base-v2\"},{\"id\":\"sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"paraphrase-multilingual-MiniLM-L12-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2\"},{\"id\":\"sentence-transformers/paraphrase-multilingual-mpnet-base-v2\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"paraphrase-multilingual-mpnet-base-v2\"],\"source\":\"https://huggingface.co/sentence-transformers/paraphrase-multilingual-mpnet-base-v2\"},{\"id\":\"sentence-transformers/multi-qa-MiniLM-L6-cos-v1\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"multi-qa-MiniLM-L6-cos-v1\"],\"source\":\"https://huggingface.co/sentence-transformers/multi-qa-MiniLM-L6-cos-v1\"},{\"id\":\"sentence-transformers/multi-qa-mpnet-base-dot-v1\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"multi-qa-mpnet-base-dot-v1\"],\"source\":\"https://huggingface.co/sentence-transformers/multi-qa-mpnet-base-dot-v1\"},{\"id\":\"sentence-transformers/multi-qa-mpnet-base-cos-v1\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"multi-qa-mpnet-base-cos-v1\"],\"source\":\"https://huggingface.co/sentence-transformers/multi-qa-mpnet-base-cos-v1\"},{\"id\":\"sentence-transformers/msmarco-MiniLM-L6-cos-v5\",\"family\":\"sentence-transformers\",\"task\":\"sentence-embeddings\",\"publisher\":\"sentence-transformers\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"msmarco-MiniLM-L6-cos-v5\"],\"source\":\"https://huggingface.co/sentence-transformers/msmarco-MiniLM-L6-cos-v5\"},{\"id\":\"cross-encoder/ms-marco-MiniLM-L-6-v2\",\"family\":\"cross-encoder\",\"task\":\"text-ranking\",\"publisher\":\"cross-encoder\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/cross-encoder/ms-marco-MiniLM-L-6-v2\"},{\"id\":\"BAAI/bge-small-en-v1.5\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-small-en-v1.5\"},{\"id\":\"BAAI/bge-base-en-v1.5\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-base-en-v1.5\"},{\"id\":\"BAAI/bge-large-en-v1.5\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-large-en-v1.5\"},{\"id\":\"BAAI/bge-m3\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"bin\",\"pt\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-m3\",\"unconfirmed\":\"formats: pytorch_model.bin, the colbert/sparse .pt heads and an ONNX export are known; a safetensors copy was not checked\"},{\"id\":\"BAAI/bge-reranker-base\",\"family\":\"bge-reranker\",\"task\":\"text-ranking\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-reranker-base\"},{\"id\":\"BAAI/bge-reranker-v2-m3\",\"family\":\"bge-reranker\",\"task\":\"text-ranking\",\"publisher\":\"BAAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-reranker-v2-m3\"},{\"id\":\"BAAI/bge-large-zh-noinstruct\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-large-zh-noinstruct\"},{\"id\":\"BAAI/bge-en-icl\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-en-icl\"},{\"id\":\"BAAI/bge-code-v1\",\"family\":\"bge\",\"task\":\"sentence-embeddings\",\"publisher\":\"BAAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-code-v1\"},{\"id\":\"BAAI/bge-reranker-v2-gemma\",\"family\":\"bge-reranker\",\"task\":\"text-ranking\",\"publisher\":\"BAAI\",\"license\":\"apache-2.0\",\"base_model\":[\"google/gemma-2b\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-reranker-v2-gemma\",\"unconfirmed\":\"license: the Hub label apache-2.0 is BAAI's; the Gemma Terms of Use of its base google/gemma-2b bind it through base_model\"},{\"id\":\"BAAI/bge-reranker-v2-minicpm-layerwise\",\"family\":\"bge-reranker\",\"task\":\"text-ranking\",\"publisher\":\"BAAI\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-reranker-v2-minicpm-layerwise\",\"unconfirmed\":\"license: the Hub label; its base openbmb/MiniCPM-2B-dpo-bf16 (BAAI's model list) is not in the catalog and its own terms were not read\"},{\"id\":\"BAAI/bge-reranker-v2.5-gemma2-lightweight\",\"family\":\"bge-reranker\",\"task\":\"text-ranking\",\"publisher\":\"BAAI\",\"license\":\"gemma\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/BAAI/bge-reranker-v2.5-gemma2-lightweight\"},{\"id\":\"BAAI/BGE-VL-base\",\"family\":\"bge-vl\",\"task\":\"sentence-similarity\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/BAAI/BGE-VL-base\"},{\"id\":\"BAAI/BGE-VL-large\",\"family\":\"bge-vl\",\"task\":\"sentence-similarity\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/BAAI/BGE-VL-large\"},{\"id\":\"BAAI/BGE-VL-MLLM-S1\",\"family\":\"bge-vl\",\"task\":\"sentence-similarity\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/BAAI/BGE-VL-MLLM-S1\"},{\"id\":\"BAAI/BGE-VL-v1.5-mmeb\",\"family\":\"bge-vl\",\"task\":\"sentence-similarity\",\"publisher\":\"BAAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/BAAI/BGE-VL-v1.5-mmeb\",\"unconfirmed\":\"license and formats: MTEB's model registry (license mit, safetensors) and the sibling BGE-VL-v1.5-zs card (license: mit); this repository's own card was not read\"},{\"id\":\"intfloat/e5-small-v2\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/e5-small-v2\"},{\"id\":\"intfloat/multilingual-e5-small\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/multilingual-e5-small\"},{\"id\":\"intfloat/e5-base-v2\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/e5-base-v2\"},{\"id\":\"intfloat/multilingual-e5-base\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/multilingual-e5-base\"},{\"id\":\"intfloat/e5-large-v2\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/e5-large-v2\"},{\"id\":\"intfloat/multilingual-e5-large\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/multilingual-e5-large\"},{\"id\":\"intfloat/multilingual-e5-large-instruct\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/multilingual-e5-large-instruct\"},{\"id\":\"intfloat/e5-mistral-7b-instruct\",\"family\":\"e5\",\"task\":\"sentence-embeddings\",\"publisher\":\"intfloat\",\"license\":\"mit\",\"base_model\":[\"mistralai/Mistral-7B-v0.1\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/intfloat/e5-mistral-7b-instruct\"},{\"id\":\"nomic-ai/nomic-embed-text-v1\",\"family\":\"nomic-embed\",\"task\":\"sentence-embeddings\",\"publisher\":\"nomic-ai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/nomic-ai/nomic-embed-text-v1\"},{\"id\":\"nomic-ai/nomic-embed-text-v1.5\",\"family\":\"nomic-embed\",\"task\":\"sentence-embeddings\",\"publisher\":\"nomic-ai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/nomic-ai/nomic-embed-text-v1.5\"},{\"id\":\"mixedbread-ai/mxbai-embed-large-v1\",\"family\":\"mxbai-embed\",\"task\":\"sentence-embeddings\",\"publisher\":\"mixedbread-ai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"onnx\",\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mixedbread-ai/mxbai-embed-large-v1\"},{\"id\":\"facebook/sam-vit-base\",\"family\":\"sam\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam-vit-base\"},{\"id\":\"facebook/sam-vit-large\",\"family\":\"sam\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam-vit-large\"},{\"id\":\"facebook/sam-vit-huge\",\"family\":\"sam\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam-vit-huge\"},{\"id\":\"facebook/sam2-hiera-tiny\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-tiny\"},{\"id\":\"facebook/sam2-hiera-small\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-small\"},{\"id\":\"facebook/sam2-hiera-base-plus\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-base-plus\"},{\"id\":\"facebook/sam2-hiera-large\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-large\"},{\"id\":\"facebook/sam2-hiera-small-hf\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"base_model\":[\"facebook/sam2-hiera-small\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-small-hf\"},{\"id\":\"facebook/sam2-hiera-base-plus-hf\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"base_model\":[\"facebook/sam2-hiera-base-plus\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-base-plus-hf\"},{\"id\":\"facebook/sam2-hiera-large-hf\",\"family\":\"sam-2\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"base_model\":[\"facebook/sam2-hiera-large\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2-hiera-large-hf\"},{\"id\":\"facebook/sam2.1-hiera-tiny\",\"family\":\"sam-2.1\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\",\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2.1-hiera-tiny\"},{\"id\":\"facebook/sam2.1-hiera-small\",\"family\":\"sam-2.1\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\",\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2.1-hiera-small\"},{\"id\":\"facebook/sam2.1-hiera-base-plus\",\"family\":\"sam-2.1\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\",\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2.1-hiera-base-plus\"},{\"id\":\"facebook/sam2.1-hiera-large\",\"family\":\"sam-2.1\",\"task\":\"image-segmentation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pt\",\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/sam2.1-hiera-large\"},{\"id\":\"facebook/musicgen-small\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-small\"},{\"id\":\"facebook/musicgen-medium\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-medium\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-large\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-large\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-melody\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-melody\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-stereo-small\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-stereo-small\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-stereo-medium\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-stereo-medium\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-stereo-large\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-stereo-large\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-stereo-melody\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-stereo-melody\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/musicgen-stereo-melody-large\",\"family\":\"musicgen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/musicgen-stereo-melody-large\",\"unconfirmed\":\"formats: assumed to match facebook/musicgen-small (transformers safetensors + pickle .bin)\"},{\"id\":\"facebook/audiogen-medium\",\"family\":\"audiogen\",\"task\":\"audio-generation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/audiogen-medium\"},{\"id\":\"facebook/seamless-m4t-medium\",\"family\":\"seamless-m4t\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/seamless-m4t-medium\",\"unconfirmed\":\"formats: fairseq2 .pt checkpoint only, not checked file by file\"},{\"id\":\"facebook/seamless-m4t-large\",\"family\":\"seamless-m4t\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/seamless-m4t-large\",\"unconfirmed\":\"formats: fairseq2 .pt checkpoint only, not checked file by file\"},{\"id\":\"facebook/hf-seamless-m4t-medium\",\"family\":\"seamless-m4t\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"base_model\":[\"facebook/seamless-m4t-medium\"],\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/hf-seamless-m4t-medium\",\"unconfirmed\":\"formats: transformers conversion; a safetensors copy was not checked\"},{\"id\":\"facebook/hf-seamless-m4t-large\",\"family\":\"seamless-m4t\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"base_model\":[\"facebook/seamless-m4t-large\"],\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/hf-seamless-m4t-large\",\"unconfirmed\":\"formats: transformers conversion; a safetensors copy was not checked\"},{\"id\":\"facebook/seamless-m4t-v2-large\",\"family\":\"seamless-m4t-v2\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"safetensors\",\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/seamless-m4t-v2-large\"},{\"id\":\"facebook/seamless-streaming\",\"family\":\"seamless-streaming\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"base_model\":[\"facebook/seamless-m4t-v2-large\"],\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/seamless-streaming\",\"unconfirmed\":\"formats: fairseq2 .pt checkpoints only, not checked file by file\"},{\"id\":\"facebook/nllb-200-distilled-600M\",\"family\":\"nllb-200\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/nllb-200-distilled-600M\"},{\"id\":\"facebook/nllb-200-distilled-1.3B\",\"family\":\"nllb-200\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/nllb-200-distilled-1.3B\",\"unconfirmed\":\"formats: assumed to match nllb-200-distilled-600M (pytorch_model.bin only)\"},{\"id\":\"facebook/nllb-200-1.3B\",\"family\":\"nllb-200\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/nllb-200-1.3B\",\"unconfirmed\":\"formats: assumed to match nllb-200-distilled-600M (pytorch_model.bin only)\"},{\"id\":\"facebook/nllb-200-3.3B\",\"family\":\"nllb-200\",\"task\":\"translation\",\"publisher\":\"facebook\",\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/nllb-200-3.3B\",\"unconfirmed\":\"formats: assumed to match nllb-200-distilled-600M (sharded pytorch_model .bin only)\"},{\"id\":\"facebook/dinov2-small\",\"family\":\"dinov2\",\"task\":\"image-feature-extraction\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/dinov2-small\"},{\"id\":\"facebook/dinov2-base\",\"family\":\"dinov2\",\"task\":\"image-feature-extraction\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/dinov2-base\"},{\"id\":\"facebook/dinov2-large\",\"family\":\"dinov2\",\"task\":\"image-feature-extraction\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/dinov2-large\"},{\"id\":\"facebook/dinov2-giant\",\"family\":\"dinov2\",\"task\":\"image-feature-extraction\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/dinov2-giant\"},{\"id\":\"facebook/chameleon-7b\",\"family\":\"chameleon\",\"task\":\"image-text-to-text\",\"publisher\":\"facebook\",\"license\":\"chameleon-research-license\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/chameleon-7b\"},{\"id\":\"facebook/chameleon-30b\",\"family\":\"chameleon\",\"task\":\"image-text-to-text\",\"publisher\":\"facebook\",\"license\":\"chameleon-research-license\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/chameleon-30b\"},{\"id\":\"facebook/bart-large\",\"family\":\"bart\",\"task\":\"text2text-generation\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bart-large\"],\"source\":\"https://huggingface.co/facebook/bart-large\"},{\"id\":\"facebook/bart-large-cnn\",\"family\":\"bart\",\"task\":\"text2text-generation\",\"publisher\":\"facebook\",\"license\":\"mit\",\"base_model\":[\"facebook/bart-large\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bart-large-cnn\"],\"source\":\"https://huggingface.co/facebook/bart-large-cnn\"},{\"id\":\"facebook/bart-large-mnli\",\"family\":\"bart\",\"task\":\"text2text-generation\",\"publisher\":\"facebook\",\"license\":\"mit\",\"base_model\":[\"facebook/bart-large\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bart-large-mnli\"],\"source\":\"https://huggingface.co/facebook/bart-large-mnli\"},{\"id\":\"facebook/detr-resnet-50\",\"family\":\"detr\",\"task\":\"object-detection\",\"publisher\":\"facebook\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/facebook/detr-resnet-50\"},{\"id\":\"FacebookAI/roberta-base\",\"family\":\"roberta\",\"task\":\"fill-mask\",\"publisher\":\"FacebookAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"roberta-base\"],\"source\":\"https://huggingface.co/FacebookAI/roberta-base\"},{\"id\":\"FacebookAI/roberta-large\",\"family\":\"roberta\",\"task\":\"fill-mask\",\"publisher\":\"FacebookAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"roberta-large\"],\"source\":\"https://huggingface.co/FacebookAI/roberta-large\"},{\"id\":\"FacebookAI/xlm-roberta-base\",\"family\":\"xlm-roberta\",\"task\":\"fill-mask\",\"publisher\":\"FacebookAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"xlm-roberta-base\"],\"source\":\"https://huggingface.co/FacebookAI/xlm-roberta-base\"},{\"id\":\"FacebookAI/xlm-roberta-large\",\"family\":\"xlm-roberta\",\"task\":\"fill-mask\",\"publisher\":\"FacebookAI\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"xlm-roberta-large\"],\"source\":\"https://huggingface.co/FacebookAI/xlm-roberta-large\"},{\"id\":\"google/gemma-2b\",\"family\":\"gemma\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\",\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2b\"},{\"id\":\"google/gemma-2b-it\",\"family\":\"gemma\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2b\"],\"gated\":true,\"formats\":[\"safetensors\",\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2b-it\"},{\"id\":\"google/gemma-1.1-2b-it\",\"family\":\"gemma\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2b\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-1.1-2b-it\"},{\"id\":\"google/gemma-7b\",\"family\":\"gemma\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\",\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-7b\"},{\"id\":\"google/gemma-7b-it\",\"family\":\"gemma\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-7b\"],\"gated\":true,\"formats\":[\"safetensors\",\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-7b-it\"},{\"id\":\"google/gemma-1.1-7b-it\",\"family\":\"gemma\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-7b\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-1.1-7b-it\"},{\"id\":\"google/gemma-2-2b\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2-2b\"},{\"id\":\"google/gemma-2-2b-it\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2-2b\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2-2b-it\"},{\"id\":\"google/gemma-2-9b\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2-9b\"},{\"id\":\"google/gemma-2-9b-it\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2-9b\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2-9b-it\"},{\"id\":\"google/gemma-2-27b\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2-27b\"},{\"id\":\"google/gemma-2-27b-it\",\"family\":\"gemma-2\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-2-27b\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-2-27b-it\"},{\"id\":\"google/gemma-3-1b-pt\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-1b-pt\"},{\"id\":\"google/gemma-3-1b-it\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-3-1b-pt\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-1b-it\"},{\"id\":\"google/gemma-3-4b-pt\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-4b-pt\"},{\"id\":\"google/gemma-3-4b-it\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-3-4b-pt\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-4b-it\"},{\"id\":\"google/gemma-3-12b-pt\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-12b-pt\"},{\"id\":\"google/gemma-3-12b-it\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-3-12b-pt\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-12b-it\"},{\"id\":\"google/gemma-3-27b-pt\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-27b-pt\"},{\"id\":\"google/gemma-3-27b-it\",\"family\":\"gemma-3\",\"task\":\"text-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/gemma-3-27b-pt\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/gemma-3-27b-it\"},{\"id\":\"google/codegemma-7b\",\"family\":\"codegemma\",\"task\":\"code-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/codegemma-7b\"},{\"id\":\"google/codegemma-7b-it\",\"family\":\"codegemma\",\"task\":\"code-generation\",\"publisher\":\"google\",\"license\":\"gemma\",\"base_model\":[\"google/codegemma-7b\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/codegemma-7b-it\"},{\"id\":\"google-bert/bert-base-uncased\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-base-uncased\"],\"source\":\"https://huggingface.co/google-bert/bert-base-uncased\"},{\"id\":\"google-bert/bert-base-cased\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-base-cased\"],\"source\":\"https://huggingface.co/google-bert/bert-base-cased\"},{\"id\":\"google-bert/bert-large-uncased\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-large-uncased\"],\"source\":\"https://huggingface.co/google-bert/bert-large-uncased\"},{\"id\":\"google-bert/bert-large-cased\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-large-cased\"],\"source\":\"https://huggingface.co/google-bert/bert-large-cased\"},{\"id\":\"google-bert/bert-base-multilingual-cased\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-base-multilingual-cased\"],\"source\":\"https://huggingface.co/google-bert/bert-base-multilingual-cased\"},{\"id\":\"google-bert/bert-base-multilingual-uncased\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-base-multilingual-uncased\"],\"source\":\"https://huggingface.co/google-bert/bert-base-multilingual-uncased\"},{\"id\":\"google-bert/bert-base-chinese\",\"family\":\"bert\",\"task\":\"fill-mask\",\"publisher\":\"google-bert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"bert-base-chinese\"],\"source\":\"https://huggingface.co/google-bert/bert-base-chinese\"},{\"id\":\"google-t5/t5-small\",\"family\":\"t5\",\"task\":\"text2text-generation\",\"publisher\":\"google-t5\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"aliases\":[\"t5-small\"],\"source\":\"https://huggingface.co/google-t5/t5-small\"},{\"id\":\"google-t5/t5-base\",\"family\":\"t5\",\"task\":\"text2text-generation\",\"publisher\":\"google-t5\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"aliases\":[\"t5-base\"],\"source\":\"https://huggingface.co/google-t5/t5-base\"},{\"id\":\"google-t5/t5-large\",\"family\":\"t5\",\"task\":\"text2text-generation\",\"publisher\":\"google-t5\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"aliases\":[\"t5-large\"],\"source\":\"https://huggingface.co/google-t5/t5-large\"},{\"id\":\"google-t5/t5-3b\",\"family\":\"t5\",\"task\":\"text2text-generation\",\"publisher\":\"google-t5\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"aliases\":[\"t5-3b\"],\"source\":\"https://huggingface.co/google-t5/t5-3b\",\"unconfirmed\":\"formats: only pytorch_model.bin is known for this size; a safetensors copy was not checked\"},{\"id\":\"google-t5/t5-11b\",\"family\":\"t5\",\"task\":\"text2text-generation\",\"publisher\":\"google-t5\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-source\",\"data_released\":true,\"aliases\":[\"t5-11b\"],\"source\":\"https://huggingface.co/google-t5/t5-11b\",\"unconfirmed\":\"formats: only pytorch_model.bin is known for this size; a safetensors copy was not checked\"},{\"id\":\"google/flan-t5-small\",\"family\":\"flan-t5\",\"task\":\"text2text-generation\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"flan-t5-small\"],\"source\":\"https://huggingface.co/google/flan-t5-small\"},{\"id\":\"google/flan-t5-base\",\"family\":\"flan-t5\",\"task\":\"text2text-generation\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"flan-t5-base\"],\"source\":\"https://huggingface.co/google/flan-t5-base\"},{\"id\":\"google/flan-t5-large\",\"family\":\"flan-t5\",\"task\":\"text2text-generation\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"flan-t5-large\"],\"source\":\"https://huggingface.co/google/flan-t5-large\"},{\"id\":\"google/flan-t5-xl\",\"family\":\"flan-t5\",\"task\":\"text2text-generation\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"flan-t5-xl\"],\"source\":\"https://huggingface.co/google/flan-t5-xl\"},{\"id\":\"google/flan-t5-xxl\",\"family\":\"flan-t5\",\"task\":\"text2text-generation\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"flan-t5-xxl\"],\"source\":\"https://huggingface.co/google/flan-t5-xxl\"},{\"id\":\"google/vit-base-patch16-224\",\"family\":\"vit\",\"task\":\"image-feature-extraction\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/vit-base-patch16-224\"},{\"id\":\"google/siglip-base-patch16-224\",\"family\":\"siglip\",\"task\":\"image-feature-extraction\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/siglip-base-patch16-224\"},{\"id\":\"google/siglip-so400m-patch14-384\",\"family\":\"siglip\",\"task\":\"image-feature-extraction\",\"publisher\":\"google\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/google/siglip-so400m-patch14-384\"},{\"id\":\"ibm-granite/granite-3.0-2b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.0-2b-instruct\"},{\"id\":\"ibm-granite/granite-3.0-8b-base\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.0-8b-base\"},{\"id\":\"ibm-granite/granite-3.0-8b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"base_model\":[\"ibm-granite/granite-3.0-8b-base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.0-8b-instruct\"},{\"id\":\"ibm-granite/granite-3.1-2b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.1-2b-instruct\"},{\"id\":\"ibm-granite/granite-3.1-8b-base\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.1-8b-base\"},{\"id\":\"ibm-granite/granite-3.1-8b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"base_model\":[\"ibm-granite/granite-3.1-8b-base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.1-8b-instruct\"},{\"id\":\"ibm-granite/granite-3.2-2b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.2-2b-instruct\"},{\"id\":\"ibm-granite/granite-3.2-8b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.2-8b-instruct\"},{\"id\":\"ibm-granite/granite-3.3-2b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.3-2b-instruct\"},{\"id\":\"ibm-granite/granite-3.3-8b-base\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.3-8b-base\"},{\"id\":\"ibm-granite/granite-3.3-8b-instruct\",\"family\":\"granite-3\",\"task\":\"text-generation\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"base_model\":[\"ibm-granite/granite-3.3-8b-base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-3.3-8b-instruct\"},{\"id\":\"ibm-granite/granite-embedding-278m-multilingual\",\"family\":\"granite-embedding\",\"task\":\"sentence-embeddings\",\"publisher\":\"ibm-granite\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/ibm-granite/granite-embedding-278m-multilingual\"},{\"id\":\"meta-llama/Llama-2-7b-hf\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-7b-hf\"},{\"id\":\"meta-llama/Llama-2-7b-chat-hf\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-7b-hf\"],\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-7b-chat-hf\"},{\"id\":\"meta-llama/Llama-2-13b-hf\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-13b-hf\"},{\"id\":\"meta-llama/Llama-2-13b-chat-hf\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-13b-hf\"],\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-13b-chat-hf\"},{\"id\":\"meta-llama/Llama-2-70b-hf\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-70b-hf\"},{\"id\":\"meta-llama/Llama-2-70b-chat-hf\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-70b-hf\"],\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-70b-chat-hf\"},{\"id\":\"meta-llama/Llama-2-7b\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"gated\":true,\"formats\":[\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-7b\"},{\"id\":\"meta-llama/Llama-2-7b-chat\",\"family\":\"llama-2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-7b\"],\"gated\":true,\"formats\":[\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-2-7b-chat\"},{\"id\":\"meta-llama/Meta-Llama-3-8B\",\"family\":\"llama-3\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Meta-Llama-3-8B\"},{\"id\":\"meta-llama/Meta-Llama-3-8B-Instruct\",\"family\":\"llama-3\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3\",\"base_model\":[\"meta-llama/Meta-Llama-3-8B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct\"},{\"id\":\"meta-llama/Meta-Llama-3-70B\",\"family\":\"llama-3\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Meta-Llama-3-70B\"},{\"id\":\"meta-llama/Meta-Llama-3-70B-Instruct\",\"family\":\"llama-3\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3\",\"base_model\":[\"meta-llama/Meta-Llama-3-70B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct\"},{\"id\":\"meta-llama/Llama-3.1-8B\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"meta-llama/Meta-Llama-3.1-8B\"],\"source\":\"https://huggingface.co/meta-llama/Llama-3.1-8B\"},{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-8B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"meta-llama/Meta-Llama-3.1-8B-Instruct\"],\"source\":\"https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct\"},{\"id\":\"meta-llama/Llama-3.1-70B\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"meta-llama/Meta-Llama-3.1-70B\"],\"source\":\"https://huggingface.co/meta-llama/Llama-3.1-70B\"},{\"id\":\"meta-llama/Llama-3.1-70B-Instruct\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-70B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"meta-llama/Meta-Llama-3.1-70B-Instruct\"],\"source\":\"https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct\"},{\"id\":\"meta-llama/Llama-3.1-405B\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"meta-llama/Meta-Llama-3.1-405B\"],\"source\":\"https://huggingface.co/meta-llama/Llama-3.1-405B\"},{\"id\":\"meta-llama/Llama-3.1-405B-Instruct\",\"family\":\"llama-3.1\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-405B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"meta-llama/Meta-Llama-3.1-405B-Instruct\"],\"source\":\"https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct\"},{\"id\":\"meta-llama/Llama-3.2-1B\",\"family\":\"llama-3.2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":false,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-1B\"},{\"id\":\"meta-llama/Llama-3.2-1B-Instruct\",\"family\":\"llama-3.2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-1B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":false,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct\"},{\"id\":\"meta-llama/Llama-3.2-3B\",\"family\":\"llama-3.2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":false,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-3B\"},{\"id\":\"meta-llama/Llama-3.2-3B-Instruct\",\"family\":\"llama-3.2\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-3B\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":false,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct\"},{\"id\":\"meta-llama/Llama-3.2-11B-Vision\",\"family\":\"llama-3.2\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-11B-Vision\"},{\"id\":\"meta-llama/Llama-3.2-11B-Vision-Instruct\",\"family\":\"llama-3.2\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-11B-Vision\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct\"},{\"id\":\"meta-llama/Llama-3.2-90B-Vision\",\"family\":\"llama-3.2\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-90B-Vision\"},{\"id\":\"meta-llama/Llama-3.2-90B-Vision-Instruct\",\"family\":\"llama-3.2\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-90B-Vision\"],\"gated\":true,\"formats\":[\"safetensors\",\"pth\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct\"},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"family\":\"llama-3.3\",\"task\":\"text-generation\",\"publisher\":\"meta-llama\",\"license\":\"llama3.3\",\"base_model\":[\"meta-llama/Llama-3.1-70B\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct\"},{\"id\":\"meta-llama/Llama-4-Scout-17B-16E\",\"family\":\"llama-4\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E\"},{\"id\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"family\":\"llama-4\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"base_model\":[\"meta-llama/Llama-4-Scout-17B-16E\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct\"},{\"id\":\"meta-llama/Llama-4-Maverick-17B-128E\",\"family\":\"llama-4\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E\"},{\"id\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct\",\"family\":\"llama-4\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"base_model\":[\"meta-llama/Llama-4-Maverick-17B-128E\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct\"},{\"id\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8\",\"family\":\"llama-4\",\"task\":\"image-text-to-text\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"base_model\":[\"meta-llama/Llama-4-Maverick-17B-128E-Instruct\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8\"},{\"id\":\"meta-llama/LlamaGuard-7b\",\"family\":\"llama-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-7b-hf\"],\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/LlamaGuard-7b\"},{\"id\":\"meta-llama/Meta-Llama-Guard-2-8B\",\"family\":\"llama-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama3\",\"base_model\":[\"meta-llama/Meta-Llama-3-8B\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Meta-Llama-Guard-2-8B\"},{\"id\":\"meta-llama/Llama-Guard-3-8B\",\"family\":\"llama-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"base_model\":[\"meta-llama/Llama-3.1-8B\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-3-8B\"},{\"id\":\"meta-llama/Llama-Guard-3-1B\",\"family\":\"llama-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-1B\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":false,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-3-1B\"},{\"id\":\"meta-llama/Llama-Guard-3-11B-Vision\",\"family\":\"llama-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama3.2\",\"base_model\":[\"meta-llama/Llama-3.2-11B-Vision\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-3-11B-Vision\"},{\"id\":\"meta-llama/Llama-Guard-4-12B\",\"family\":\"llama-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"base_model\":[\"meta-llama/Llama-4-Scout-17B-16E\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"multimodal\":true,\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-4-12B\"},{\"id\":\"meta-llama/Prompt-Guard-86M\",\"family\":\"prompt-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama3.1\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Prompt-Guard-86M\"},{\"id\":\"meta-llama/Llama-Prompt-Guard-2-86M\",\"family\":\"prompt-guard\",\"task\":\"safety-classification\",\"publisher\":\"meta-llama\",\"license\":\"llama4\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-Prompt-Guard-2-86M\"},{\"id\":\"microsoft/phi-1_5\",\"family\":\"phi-1.5\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/phi-1_5\"},{\"id\":\"microsoft/phi-2\",\"family\":\"phi-2\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/phi-2\"},{\"id\":\"microsoft/Phi-3-mini-4k-instruct\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-mini-4k-instruct\"},{\"id\":\"microsoft/Phi-3-mini-4k-instruct-gguf\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"base_model\":[\"microsoft/Phi-3-mini-4k-instruct\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-mini-4k-instruct-gguf\"},{\"id\":\"microsoft/Phi-3-mini-128k-instruct\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-mini-128k-instruct\"},{\"id\":\"microsoft/Phi-3-small-8k-instruct\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-small-8k-instruct\"},{\"id\":\"microsoft/Phi-3-medium-4k-instruct\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-medium-4k-instruct\"},{\"id\":\"microsoft/Phi-3-medium-128k-instruct\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-medium-128k-instruct\"},{\"id\":\"microsoft/Phi-3-vision-128k-instruct\",\"family\":\"phi-3\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3-vision-128k-instruct\"},{\"id\":\"microsoft/Phi-3.5-mini-instruct\",\"family\":\"phi-3.5\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3.5-mini-instruct\"},{\"id\":\"microsoft/Phi-3.5-MoE-instruct\",\"family\":\"phi-3.5\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3.5-MoE-instruct\"},{\"id\":\"microsoft/Phi-3.5-vision-instruct\",\"family\":\"phi-3.5\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-3.5-vision-instruct\"},{\"id\":\"microsoft/phi-4\",\"family\":\"phi-4\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/phi-4\"},{\"id\":\"microsoft/Phi-4-mini-instruct\",\"family\":\"phi-4\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-4-mini-instruct\"},{\"id\":\"microsoft/Phi-4-multimodal-instruct\",\"family\":\"phi-4\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-4-multimodal-instruct\"},{\"id\":\"microsoft/Phi-4-reasoning\",\"family\":\"phi-4\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"base_model\":[\"microsoft/phi-4\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-4-reasoning\"},{\"id\":\"microsoft/Phi-4-reasoning-plus\",\"family\":\"phi-4\",\"task\":\"text-generation\",\"publisher\":\"microsoft\",\"license\":\"mit\",\"base_model\":[\"microsoft/phi-4\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/microsoft/Phi-4-reasoning-plus\"},{\"id\":\"mistralai/Mistral-7B-v0.1\",\"family\":\"mistral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-7B-v0.1\"},{\"id\":\"mistralai/Mistral-7B-Instruct-v0.1\",\"family\":\"mistral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mistral-7B-v0.1\"],\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1\"},{\"id\":\"mistralai/Mistral-7B-Instruct-v0.2\",\"family\":\"mistral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2\"},{\"id\":\"mistralai/Mistral-7B-v0.3\",\"family\":\"mistral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-7B-v0.3\"},{\"id\":\"mistralai/Mistral-7B-Instruct-v0.3\",\"family\":\"mistral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mistral-7B-v0.3\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3\"},{\"id\":\"mistralai/Mixtral-8x7B-v0.1\",\"family\":\"mixtral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mixtral-8x7B-v0.1\"},{\"id\":\"mistralai/Mixtral-8x7B-Instruct-v0.1\",\"family\":\"mixtral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mixtral-8x7B-v0.1\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1\"},{\"id\":\"mistralai/Mixtral-8x22B-v0.1\",\"family\":\"mixtral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mixtral-8x22B-v0.1\"},{\"id\":\"mistralai/Mixtral-8x22B-Instruct-v0.1\",\"family\":\"mixtral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mixtral-8x22B-v0.1\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1\"},{\"id\":\"mistralai/Codestral-22B-v0.1\",\"family\":\"codestral\",\"task\":\"code-generation\",\"publisher\":\"mistralai\",\"license\":\"mnpl\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Codestral-22B-v0.1\",\"unconfirmed\":\"secondary sources report a later relicensing of Codestral under Apache-2.0 (2026); the Hub card of this checkpoint carries mnpl\"},{\"id\":\"mistralai/Mamba-Codestral-7B-v0.1\",\"family\":\"codestral-mamba\",\"task\":\"code-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mamba-Codestral-7B-v0.1\"},{\"id\":\"mistralai/Mathstral-7B-v0.1\",\"family\":\"mathstral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mathstral-7B-v0.1\"},{\"id\":\"mistralai/Mistral-Nemo-Base-2407\",\"family\":\"mistral-nemo\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Nemo-Base-2407\"},{\"id\":\"mistralai/Mistral-Nemo-Instruct-2407\",\"family\":\"mistral-nemo\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mistral-Nemo-Base-2407\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407\"},{\"id\":\"mistralai/Mistral-Large-Instruct-2407\",\"family\":\"mistral-large\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"mrl\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Large-Instruct-2407\"},{\"id\":\"mistralai/Mistral-Large-Instruct-2411\",\"family\":\"mistral-large\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"mrl\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Large-Instruct-2411\"},{\"id\":\"mistralai/Mistral-Small-Instruct-2409\",\"family\":\"mistral-small\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"mrl\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Small-Instruct-2409\"},{\"id\":\"mistralai/Mistral-Small-24B-Base-2501\",\"family\":\"mistral-small\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Small-24B-Base-2501\"},{\"id\":\"mistralai/Mistral-Small-24B-Instruct-2501\",\"family\":\"mistral-small\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"base_model\":[\"mistralai/Mistral-Small-24B-Base-2501\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Small-24B-Instruct-2501\"},{\"id\":\"mistralai/Mistral-Small-3.1-24B-Instruct-2503\",\"family\":\"mistral-small\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503\"},{\"id\":\"mistralai/Ministral-8B-Instruct-2410\",\"family\":\"ministral\",\"task\":\"text-generation\",\"publisher\":\"mistralai\",\"license\":\"mrl\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Ministral-8B-Instruct-2410\"},{\"id\":\"mistralai/Pixtral-12B-2409\",\"family\":\"pixtral\",\"task\":\"image-text-to-text\",\"publisher\":\"mistralai\",\"license\":\"apache-2.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mistralai/Pixtral-12B-2409\"},{\"id\":\"mosaicml/mpt-7b\",\"family\":\"mpt\",\"task\":\"text-generation\",\"publisher\":\"mosaicml\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mosaicml/mpt-7b\"},{\"id\":\"mosaicml/mpt-7b-instruct\",\"family\":\"mpt\",\"task\":\"text-generation\",\"publisher\":\"mosaicml\",\"license\":\"apache-2.0\",\"base_model\":[\"mosaicml/mpt-7b\"],\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mosaicml/mpt-7b-instruct\",\"unconfirmed\":\"relicensed: released on 2023-05-05 under CC BY-SA 3.0 (the card's first README); the card's commit ce0d183 ('update license', https://huggingface.co/mosaicml/mpt-7b-instruct/commit/ce0d1836852bcf51258bdc8e6d57fb7719f6dec8) turned the label into apache-2.0, so copies made before it carry CC BY-SA 3.0\"},{\"id\":\"mosaicml/mpt-7b-chat\",\"family\":\"mpt\",\"task\":\"text-generation\",\"publisher\":\"mosaicml\",\"license\":\"cc-by-nc-sa-4.0\",\"base_model\":[\"mosaicml/mpt-7b\"],\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mosaicml/mpt-7b-chat\"},{\"id\":\"mosaicml/mpt-7b-8k-instruct\",\"family\":\"mpt\",\"task\":\"text-generation\",\"publisher\":\"mosaicml\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/mosaicml/mpt-7b-8k-instruct\",\"unconfirmed\":\"relicensed: released in July 2023 under CC BY-SA 3.0 (its card and mosaicml/mpt-7b-8k's list of fine-tunes); the card's commit bab6ea0 (https://huggingface.co/mosaicml/mpt-7b-8k-instruct/commit/bab6ea09e2d9f58dd25bcd757008f1b559e85b51) removed that label and the Hub now shows apache-2.0; copies made before carry CC BY-SA 3.0\"},{\"id\":\"openai/whisper-tiny\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-tiny\"},{\"id\":\"openai/whisper-tiny.en\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-tiny.en\"},{\"id\":\"openai/whisper-base\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-base\"},{\"id\":\"openai/whisper-base.en\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-base.en\"},{\"id\":\"openai/whisper-small\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-small\"},{\"id\":\"openai/whisper-small.en\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-small.en\"},{\"id\":\"openai/whisper-medium\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-medium\"},{\"id\":\"openai/whisper-medium.en\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-medium.en\"},{\"id\":\"openai/whisper-large\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-large\"},{\"id\":\"openai/whisper-large-v2\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-large-v2\"},{\"id\":\"openai/whisper-large-v3\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-large-v3\"},{\"id\":\"openai/whisper-large-v3-turbo\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"openai\",\"license\":\"mit\",\"base_model\":[\"openai/whisper-large-v3\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/whisper-large-v3-turbo\"},{\"id\":\"openai-community/gpt2\",\"family\":\"gpt-2\",\"task\":\"text-generation\",\"publisher\":\"openai-community\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"gpt2\"],\"source\":\"https://huggingface.co/openai-community/gpt2\"},{\"id\":\"openai-community/gpt2-medium\",\"family\":\"gpt-2\",\"task\":\"text-generation\",\"publisher\":\"openai-community\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"gpt2-medium\"],\"source\":\"https://huggingface.co/openai-community/gpt2-medium\"},{\"id\":\"openai-community/gpt2-large\",\"family\":\"gpt-2\",\"task\":\"text-generation\",\"publisher\":\"openai-community\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"gpt2-large\"],\"source\":\"https://huggingface.co/openai-community/gpt2-large\"},{\"id\":\"openai-community/gpt2-xl\",\"family\":\"gpt-2\",\"task\":\"text-generation\",\"publisher\":\"openai-community\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"gpt2-xl\"],\"source\":\"https://huggingface.co/openai-community/gpt2-xl\"},{\"id\":\"openai/clip-vit-base-patch32\",\"family\":\"clip\",\"task\":\"image-feature-extraction\",\"publisher\":\"openai\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/clip-vit-base-patch32\",\"unconfirmed\":\"the Hub card carries no license tag; MIT is the license of the openai/CLIP repository, and the card puts any deployed use out of scope\"},{\"id\":\"openai/clip-vit-base-patch16\",\"family\":\"clip\",\"task\":\"image-feature-extraction\",\"publisher\":\"openai\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/clip-vit-base-patch16\",\"unconfirmed\":\"the Hub card carries no license tag; MIT is the license of the openai/CLIP repository, and the card puts any deployed use out of scope\"},{\"id\":\"openai/clip-vit-large-patch14\",\"family\":\"clip\",\"task\":\"image-feature-extraction\",\"publisher\":\"openai\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/clip-vit-large-patch14\",\"unconfirmed\":\"the Hub card carries no license tag; MIT is the license of the openai/CLIP repository, and the card puts any deployed use out of scope\"},{\"id\":\"openai/clip-vit-large-patch14-336\",\"family\":\"clip\",\"task\":\"image-feature-extraction\",\"publisher\":\"openai\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/clip-vit-large-patch14-336\",\"unconfirmed\":\"the Hub card carries no license tag; MIT is the license of the openai/CLIP repository, and the card puts any deployed use out of scope\"},{\"id\":\"openai/gpt-oss-20b\",\"family\":\"gpt-oss\",\"task\":\"text-generation\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/gpt-oss-20b\"},{\"id\":\"openai/gpt-oss-120b\",\"family\":\"gpt-oss\",\"task\":\"text-generation\",\"publisher\":\"openai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/openai/gpt-oss-120b\"},{\"id\":\"TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T\",\"family\":\"tinyllama\",\"task\":\"text-generation\",\"publisher\":\"TinyLlama\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T\"},{\"id\":\"TinyLlama/TinyLlama-1.1B-Chat-v1.0\",\"family\":\"tinyllama\",\"task\":\"text-generation\",\"publisher\":\"TinyLlama\",\"license\":\"apache-2.0\",\"base_model\":[\"TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/TinyLlama/TinyLlama-1.1B-Chat-v1.0\"},{\"id\":\"bigcode/starcoder2-3b\",\"family\":\"starcoder2\",\"task\":\"code-generation\",\"publisher\":\"bigcode\",\"license\":\"bigcode-openrail-m\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/bigcode/starcoder2-3b\"},{\"id\":\"bigcode/starcoder2-7b\",\"family\":\"starcoder2\",\"task\":\"code-generation\",\"publisher\":\"bigcode\",\"license\":\"bigcode-openrail-m\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/bigcode/starcoder2-7b\"},{\"id\":\"bigcode/starcoder2-15b\",\"family\":\"starcoder2\",\"task\":\"code-generation\",\"publisher\":\"bigcode\",\"license\":\"bigcode-openrail-m\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/bigcode/starcoder2-15b\"},{\"id\":\"lmsys/vicuna-7b-v1.5\",\"family\":\"vicuna\",\"task\":\"text-generation\",\"publisher\":\"lmsys\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-7b-hf\"],\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/lmsys/vicuna-7b-v1.5\"},{\"id\":\"lmsys/vicuna-13b-v1.5\",\"family\":\"vicuna\",\"task\":\"text-generation\",\"publisher\":\"lmsys\",\"license\":\"llama2\",\"base_model\":[\"meta-llama/Llama-2-13b-hf\"],\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/lmsys/vicuna-13b-v1.5\",\"unconfirmed\":\"formats: assumed to match vicuna-7b-v1.5, whose main branch holds pickle pytorch_model-*.bin shards only (safetensors sit in an unmerged pull request)\"},{\"id\":\"llava-hf/llava-1.5-7b-hf\",\"family\":\"llava\",\"task\":\"image-text-to-text\",\"publisher\":\"llava-hf\",\"license\":\"llama2\",\"base_model\":[\"lmsys/vicuna-7b-v1.5\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/llava-hf/llava-1.5-7b-hf\"},{\"id\":\"HuggingFaceTB/SmolLM2-135M\",\"family\":\"smollm2\",\"task\":\"text-generation\",\"publisher\":\"HuggingFaceTB\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-135M\"},{\"id\":\"HuggingFaceTB/SmolLM2-135M-Instruct\",\"family\":\"smollm2\",\"task\":\"text-generation\",\"publisher\":\"HuggingFaceTB\",\"license\":\"apache-2.0\",\"base_model\":[\"HuggingFaceTB/SmolLM2-135M\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct\"},{\"id\":\"HuggingFaceTB/SmolLM2-360M\",\"family\":\"smollm2\",\"task\":\"text-generation\",\"publisher\":\"HuggingFaceTB\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-360M\"},{\"id\":\"HuggingFaceTB/SmolLM2-360M-Instruct\",\"family\":\"smollm2\",\"task\":\"text-generation\",\"publisher\":\"HuggingFaceTB\",\"license\":\"apache-2.0\",\"base_model\":[\"HuggingFaceTB/SmolLM2-360M\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-360M-Instruct\"},{\"id\":\"HuggingFaceTB/SmolLM2-1.7B\",\"family\":\"smollm2\",\"task\":\"text-generation\",\"publisher\":\"HuggingFaceTB\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B\"},{\"id\":\"HuggingFaceTB/SmolLM2-1.7B-Instruct\",\"family\":\"smollm2\",\"task\":\"text-generation\",\"publisher\":\"HuggingFaceTB\",\"license\":\"apache-2.0\",\"base_model\":[\"HuggingFaceTB/SmolLM2-1.7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":true,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B-Instruct\"},{\"id\":\"distilbert/distilbert-base-uncased\",\"family\":\"distilbert\",\"task\":\"fill-mask\",\"publisher\":\"distilbert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"distilbert-base-uncased\"],\"source\":\"https://huggingface.co/distilbert/distilbert-base-uncased\"},{\"id\":\"distilbert/distilbert-base-cased\",\"family\":\"distilbert\",\"task\":\"fill-mask\",\"publisher\":\"distilbert\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"distilbert-base-cased\"],\"source\":\"https://huggingface.co/distilbert/distilbert-base-cased\"},{\"id\":\"distilbert/distilbert-base-uncased-finetuned-sst-2-english\",\"family\":\"distilbert\",\"task\":\"fill-mask\",\"publisher\":\"distilbert\",\"license\":\"apache-2.0\",\"base_model\":[\"distilbert/distilbert-base-uncased\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"distilbert-base-uncased-finetuned-sst-2-english\"],\"source\":\"https://huggingface.co/distilbert/distilbert-base-uncased-finetuned-sst-2-english\"},{\"id\":\"distilbert/distilgpt2\",\"family\":\"gpt-2\",\"task\":\"text-generation\",\"publisher\":\"distilbert\",\"license\":\"apache-2.0\",\"base_model\":[\"openai-community/gpt2\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"distilgpt2\"],\"source\":\"https://huggingface.co/distilbert/distilgpt2\"},{\"id\":\"CohereLabs/c4ai-command-r-v01\",\"family\":\"command-r\",\"task\":\"text-generation\",\"publisher\":\"CohereLabs\",\"license\":\"cc-by-nc-4.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"CohereForAI/c4ai-command-r-v01\"],\"source\":\"https://huggingface.co/CohereLabs/c4ai-command-r-v01\"},{\"id\":\"CohereLabs/c4ai-command-r-plus\",\"family\":\"command-r\",\"task\":\"text-generation\",\"publisher\":\"CohereLabs\",\"license\":\"cc-by-nc-4.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"CohereForAI/c4ai-command-r-plus\"],\"source\":\"https://huggingface.co/CohereLabs/c4ai-command-r-plus\"},{\"id\":\"CohereLabs/aya-expanse-8b\",\"family\":\"aya\",\"task\":\"text-generation\",\"publisher\":\"CohereLabs\",\"license\":\"cc-by-nc-4.0\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"CohereForAI/aya-expanse-8b\"],\"source\":\"https://huggingface.co/CohereLabs/aya-expanse-8b\"},{\"id\":\"coqui/XTTS-v2\",\"family\":\"xtts\",\"task\":\"text-to-speech\",\"publisher\":\"coqui\",\"license\":\"cpml\",\"gated\":false,\"formats\":[\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/coqui/XTTS-v2\"},{\"id\":\"coqui/XTTS-v1\",\"family\":\"xtts\",\"task\":\"text-to-speech\",\"publisher\":\"coqui\",\"license\":\"cpml\",\"gated\":false,\"formats\":[\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/coqui/XTTS-v1\"},{\"id\":\"Falconsai/nsfw_image_detection\",\"family\":\"falconsai-nsfw\",\"task\":\"image-classification\",\"publisher\":\"Falconsai\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Falconsai/nsfw_image_detection\"},{\"id\":\"lerobot/smolvla_base\",\"family\":\"smolvla\",\"task\":\"robotics\",\"publisher\":\"lerobot\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/lerobot/smolvla_base/blob/main/README.md\"},{\"id\":\"distil-whisper/distil-large-v3-openai\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"distil-whisper\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/distil-whisper/distil-large-v3-openai\"},{\"id\":\"distil-whisper/distil-large-v3.5-openai\",\"family\":\"whisper\",\"task\":\"automatic-speech-recognition\",\"publisher\":\"distil-whisper\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/distil-whisper/distil-large-v3.5#openai-whisper\",\"unconfirmed\":\"license and formats: the distil-large-v3.5 card (license: mit) names this repository's model.bin as its OpenAI Whisper weights; this repository's own card was not read\"},{\"id\":\"Qwen/Qwen2.5-0.5B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-0.5B\"},{\"id\":\"Qwen/Qwen2.5-0.5B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-0.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-1.5B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-1.5B\"},{\"id\":\"Qwen/Qwen2.5-1.5B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-1.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-3B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"qwen-research\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-3B\"},{\"id\":\"Qwen/Qwen2.5-3B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"qwen-research\",\"base_model\":[\"Qwen/Qwen2.5-3B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-3B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-7B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-7B\"},{\"id\":\"Qwen/Qwen2.5-7B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-7B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-14B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-14B\"},{\"id\":\"Qwen/Qwen2.5-14B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-14B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-14B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-32B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-32B\"},{\"id\":\"Qwen/Qwen2.5-32B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-32B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-32B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-72B\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"qwen\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-72B\"},{\"id\":\"Qwen/Qwen2.5-72B-Instruct\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"qwen\",\"base_model\":[\"Qwen/Qwen2.5-72B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-72B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-7B-Instruct-GGUF\",\"family\":\"qwen2.5\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-7B-Instruct\"],\"gated\":false,\"formats\":[\"gguf\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-GGUF\"},{\"id\":\"Qwen/Qwen2.5-Coder-0.5B\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-0.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-0.5B\"},{\"id\":\"Qwen/Qwen2.5-Coder-0.5B-Instruct\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-Coder-0.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-0.5B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-Coder-1.5B\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-1.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B\"},{\"id\":\"Qwen/Qwen2.5-Coder-1.5B-Instruct\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-Coder-1.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-Coder-3B\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"qwen-research\",\"base_model\":[\"Qwen/Qwen2.5-3B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-3B\"},{\"id\":\"Qwen/Qwen2.5-Coder-3B-Instruct\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"qwen-research\",\"base_model\":[\"Qwen/Qwen2.5-Coder-3B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-3B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-Coder-7B\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-7B\"},{\"id\":\"Qwen/Qwen2.5-Coder-7B-Instruct\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-Coder-7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-Coder-14B\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-14B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-14B\"},{\"id\":\"Qwen/Qwen2.5-Coder-14B-Instruct\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-Coder-14B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-14B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-Coder-32B\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-32B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-32B\"},{\"id\":\"Qwen/Qwen2.5-Coder-32B-Instruct\",\"family\":\"qwen2.5-coder\",\"task\":\"code-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-Coder-32B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-32B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-VL-3B-Instruct\",\"family\":\"qwen2.5-vl\",\"task\":\"image-text-to-text\",\"publisher\":\"Qwen\",\"license\":\"qwen-research\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-3B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-VL-7B-Instruct\",\"family\":\"qwen2.5-vl\",\"task\":\"image-text-to-text\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-7B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-VL-32B-Instruct\",\"family\":\"qwen2.5-vl\",\"task\":\"image-text-to-text\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-32B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-VL-72B-Instruct\",\"family\":\"qwen2.5-vl\",\"task\":\"image-text-to-text\",\"publisher\":\"Qwen\",\"license\":\"qwen\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-72B-Instruct\"},{\"id\":\"Qwen/Qwen2.5-Math-1.5B\",\"family\":\"qwen2.5-math\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-1.5B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Math-1.5B\"},{\"id\":\"Qwen/Qwen2.5-Math-7B\",\"family\":\"qwen2.5-math\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-7B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Math-7B\"},{\"id\":\"Qwen/QwQ-32B\",\"family\":\"qwq\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"base_model\":[\"Qwen/Qwen2.5-32B\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/QwQ-32B\"},{\"id\":\"Qwen/Qwen2-7B-Instruct\",\"family\":\"qwen2\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2-7B-Instruct\"},{\"id\":\"Qwen/Qwen2-72B-Instruct\",\"family\":\"qwen2\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"tongyi-qianwen\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2-72B-Instruct\"},{\"id\":\"Qwen/Qwen3-0.6B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-0.6B\"},{\"id\":\"Qwen/Qwen3-1.7B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-1.7B\"},{\"id\":\"Qwen/Qwen3-4B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-4B\"},{\"id\":\"Qwen/Qwen3-8B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-8B\"},{\"id\":\"Qwen/Qwen3-14B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-14B\"},{\"id\":\"Qwen/Qwen3-32B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-32B\"},{\"id\":\"Qwen/Qwen3-30B-A3B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-30B-A3B\"},{\"id\":\"Qwen/Qwen3-235B-A22B\",\"family\":\"qwen3\",\"task\":\"text-generation\",\"publisher\":\"Qwen\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-235B-A22B\"},{\"id\":\"stable-diffusion-v1-5/stable-diffusion-v1-5\",\"family\":\"stable-diffusion-1\",\"task\":\"text-to-image\",\"publisher\":\"stable-diffusion-v1-5\",\"license\":\"creativeml-openrail-m\",\"gated\":false,\"formats\":[\"safetensors\",\"ckpt\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"runwayml/stable-diffusion-v1-5\"],\"source\":\"https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-v1-5\",\"unconfirmed\":\"runwayml/stable-diffusion-v1-5 was deleted in 2024; this community re-upload of the same weights is the usual replacement\"},{\"id\":\"stable-diffusion-v1-5/stable-diffusion-inpainting\",\"family\":\"stable-diffusion-1\",\"task\":\"text-to-image\",\"publisher\":\"stable-diffusion-v1-5\",\"license\":\"creativeml-openrail-m\",\"gated\":false,\"formats\":[\"safetensors\",\"ckpt\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"runwayml/stable-diffusion-inpainting\"],\"source\":\"https://huggingface.co/stable-diffusion-v1-5/stable-diffusion-inpainting\",\"unconfirmed\":\"runwayml/stable-diffusion-inpainting was deleted in 2024; this re-upload is the usual replacement\"},{\"id\":\"stabilityai/stable-diffusion-2-1-base\",\"family\":\"stable-diffusion-2\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"openrail++\",\"gated\":false,\"formats\":[\"safetensors\",\"ckpt\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-2-1-base\"},{\"id\":\"stabilityai/stable-diffusion-2-1\",\"family\":\"stable-diffusion-2\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"openrail++\",\"gated\":false,\"formats\":[\"safetensors\",\"ckpt\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-2-1\"},{\"id\":\"stabilityai/stable-diffusion-xl-base-1.0\",\"family\":\"sdxl\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"openrail++\",\"gated\":false,\"formats\":[\"safetensors\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0\"},{\"id\":\"stabilityai/stable-diffusion-xl-refiner-1.0\",\"family\":\"sdxl\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"openrail++\",\"gated\":false,\"formats\":[\"safetensors\",\"onnx\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-xl-refiner-1.0\"},{\"id\":\"stabilityai/sdxl-turbo\",\"family\":\"sdxl\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"stabilityai-ai-community\",\"base_model\":[\"stabilityai/stable-diffusion-xl-base-1.0\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/sdxl-turbo\",\"unconfirmed\":\"released under the Stability AI Non-Commercial Research Community License, moved to the Community License in July 2024. Audit, sources disagree: the card's front matter still reads license_name sai-nc-community and Stability-AI/generative-models still ships model_licenses/LICENSE-SDXL-Turbo (the Non-Commercial Research Community License of 2023-11-28), while AMD's copy of the model is labelled stabilityai-ai-community and a third party quotes the repository's LICENSE.md as the Community License of July 5, 2024\"},{\"id\":\"stabilityai/stable-diffusion-3-medium\",\"family\":\"sd3\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"stabilityai-ai-community\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-3-medium\"},{\"id\":\"stabilityai/stable-diffusion-3-medium-diffusers\",\"family\":\"sd3\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"stabilityai-ai-community\",\"base_model\":[\"stabilityai/stable-diffusion-3-medium\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-3-medium-diffusers\"},{\"id\":\"stabilityai/stable-diffusion-3.5-large\",\"family\":\"sd3.5\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"stabilityai-ai-community\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-3.5-large\"},{\"id\":\"stabilityai/stable-diffusion-3.5-large-turbo\",\"family\":\"sd3.5\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"stabilityai-ai-community\",\"base_model\":[\"stabilityai/stable-diffusion-3.5-large\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-3.5-large-turbo\"},{\"id\":\"stabilityai/stable-diffusion-3.5-medium\",\"family\":\"sd3.5\",\"task\":\"text-to-image\",\"publisher\":\"stabilityai\",\"license\":\"stabilityai-ai-community\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-3.5-medium\"},{\"id\":\"tiiuae/falcon-rw-1b\",\"family\":\"falcon\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-rw-1b\"},{\"id\":\"tiiuae/falcon-7b\",\"family\":\"falcon\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-7b\"},{\"id\":\"tiiuae/falcon-7b-instruct\",\"family\":\"falcon\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"apache-2.0\",\"base_model\":[\"tiiuae/falcon-7b\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-7b-instruct\"},{\"id\":\"tiiuae/falcon-40b\",\"family\":\"falcon\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-40b\"},{\"id\":\"tiiuae/falcon-40b-instruct\",\"family\":\"falcon\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"apache-2.0\",\"base_model\":[\"tiiuae/falcon-40b\"],\"gated\":false,\"formats\":[\"safetensors\",\"bin\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-40b-instruct\"},{\"id\":\"tiiuae/falcon-180B\",\"family\":\"falcon-180b\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-180b-tii-license\",\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-180B\",\"unconfirmed\":\"the Hub card labels the license `unknown`; the terms are the Falcon 180B TII License its card links to\"},{\"id\":\"tiiuae/falcon-180B-chat\",\"family\":\"falcon-180b\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-180b-tii-license\",\"base_model\":[\"tiiuae/falcon-180B\"],\"gated\":true,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/falcon-180B-chat\",\"unconfirmed\":\"the Hub card labels the license `unknown`; the terms are the Falcon 180B TII License its card links to\"},{\"id\":\"tiiuae/Falcon3-1B-Base\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-1B-Base\"},{\"id\":\"tiiuae/Falcon3-1B-Instruct\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"base_model\":[\"tiiuae/Falcon3-1B-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-1B-Instruct\"},{\"id\":\"tiiuae/Falcon3-3B-Base\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-3B-Base\"},{\"id\":\"tiiuae/Falcon3-3B-Instruct\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"base_model\":[\"tiiuae/Falcon3-3B-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-3B-Instruct\"},{\"id\":\"tiiuae/Falcon3-7B-Base\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-7B-Base\"},{\"id\":\"tiiuae/Falcon3-7B-Instruct\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"base_model\":[\"tiiuae/Falcon3-7B-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-7B-Instruct\"},{\"id\":\"tiiuae/Falcon3-10B-Base\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-10B-Base\"},{\"id\":\"tiiuae/Falcon3-10B-Instruct\",\"family\":\"falcon3\",\"task\":\"text-generation\",\"publisher\":\"tiiuae\",\"license\":\"falcon-llm-license\",\"base_model\":[\"tiiuae/Falcon3-10B-Base\"],\"gated\":false,\"formats\":[\"safetensors\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://huggingface.co/tiiuae/Falcon3-10B-Instruct\"},{\"id\":\"facebookresearch/dinov2\",\"family\":\"dinov2\",\"task\":\"image-feature-extraction\",\"publisher\":\"facebookresearch\",\"license\":\"apache-2.0\",\"gated\":false,\"formats\":[\"pth\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://github.com/facebookresearch/dinov2\"},{\"id\":\"intel-isl/MiDaS\",\"family\":\"midas\",\"task\":\"depth-estimation\",\"publisher\":\"intel-isl\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"aliases\":[\"isl-org/MiDaS\"],\"source\":\"https://github.com/isl-org/MiDaS\"},{\"id\":\"ultralytics/yolov5\",\"family\":\"yolov5\",\"task\":\"object-detection\",\"publisher\":\"ultralytics\",\"license\":\"agpl-3.0\",\"gated\":false,\"formats\":[\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://github.com/ultralytics/yolov5\"},{\"id\":\"snakers4/silero-vad\",\"family\":\"silero-vad\",\"task\":\"voice-activity-detection\",\"publisher\":\"snakers4\",\"license\":\"mit\",\"gated\":false,\"formats\":[\"onnx\",\"pt\"],\"openness\":\"open-weights\",\"data_released\":false,\"source\":\"https://github.com/snakers4/silero-vad\"}],\"rules\":{\"families\":[{\"id\":\"qwen2.5\",\"publisher\":\"Qwen\",\"family\":\"qwen2.5\",\"match\":[\"Qwen2.5-{0.5B,1.5B,3B,7B,14B,32B,72B}{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/blob/main/LICENSE\",\"exceptions\":[{\"match\":[\"Qwen2.5-3B{,-*}\"],\"license\":\"qwen-research\",\"source\":\"https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE\"},{\"match\":[\"Qwen2.5-72B{,-*}\"],\"license\":\"qwen\",\"source\":\"https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE\"}]},{\"id\":\"qwen2.5-coder\",\"publisher\":\"Qwen\",\"family\":\"qwen2.5-coder\",\"match\":[\"Qwen2.5-Coder-{0.5B,1.5B,3B,7B,14B,32B}{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct/blob/main/LICENSE\",\"exceptions\":[{\"match\":[\"Qwen2.5-Coder-3B{,-*}\"],\"license\":\"qwen-research\",\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Coder-3B-Instruct/blob/main/LICENSE\"}]},{\"id\":\"qwen2.5-math\",\"publisher\":\"Qwen\",\"family\":\"qwen2.5-math\",\"match\":[\"Qwen2.5-Math-{1.5B,7B,72B}{,-Instruct}{,-*}\",\"Qwen2.5-Math-{PRM,RM}-{7B,72B}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Math-7B-Instruct\",\"exceptions\":[{\"match\":[\"Qwen2.5-Math-72B{,-*}\",\"Qwen2.5-Math-{PRM,RM}-72B{,-*}\"],\"license\":\"qwen\",\"source\":\"https://huggingface.co/Qwen/Qwen2.5-Math-72B-Instruct\"}]},{\"id\":\"qwen2.5-vl\",\"publisher\":\"Qwen\",\"family\":\"qwen2.5-vl\",\"match\":[\"Qwen2.5-VL-{3B,7B,32B,72B}{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"image-text-to-text\",\"gated\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-7B-Instruct\",\"exceptions\":[{\"match\":[\"Qwen2.5-VL-3B{,-*}\"],\"license\":\"qwen-research\",\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-3B-Instruct\"},{\"match\":[\"Qwen2.5-VL-72B{,-*}\"],\"license\":\"qwen\",\"source\":\"https://huggingface.co/Qwen/Qwen2.5-VL-72B-Instruct\"}]},{\"id\":\"qwen2-vl\",\"publisher\":\"Qwen\",\"family\":\"qwen2-vl\",\"match\":[\"Qwen2-VL-{2B,7B,72B}{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"image-text-to-text\",\"gated\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/Qwen/Qwen2-VL-7B-Instruct\",\"exceptions\":[{\"match\":[\"Qwen2-VL-72B{,-*}\"],\"license\":\"tongyi-qianwen\",\"source\":\"https://huggingface.co/Qwen/Qwen2-VL-72B-Instruct-AWQ/blob/main/README.md\"}]},{\"id\":\"qwen2\",\"publisher\":\"Qwen\",\"family\":\"qwen2\",\"match\":[\"Qwen2-{0.5B,1.5B,7B,57B-A14B,72B}{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen2-7B-Instruct\",\"exceptions\":[{\"match\":[\"Qwen2-72B{,-*}\"],\"license\":\"tongyi-qianwen\",\"source\":\"https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/LICENSE\"}]},{\"id\":\"qwen2-audio\",\"publisher\":\"Qwen\",\"family\":\"qwen2-audio\",\"match\":[\"Qwen2-Audio-7B{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"gated\":false,\"multimodal\":true,\"source\":\"https://huggingface.co/Qwen/Qwen2-Audio-7B-Instruct\"},{\"id\":\"qwen1.5\",\"publisher\":\"Qwen\",\"family\":\"qwen1.5\",\"match\":[\"Qwen1.5-{0.5B,1.8B,4B,7B,14B,32B,72B,110B,MoE-A2.7B}{,-Chat}{,-*}\"],\"license\":\"tongyi-qianwen\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen1.5-7B-Chat/blob/main/LICENSE\",\"exceptions\":[{\"match\":[\"Qwen1.5-{0.5B,1.8B}{,-*}\"],\"license\":\"tongyi-qianwen-research\",\"source\":\"https://huggingface.co/Qwen/Qwen1.5-1.8B-Chat-GGUF/blob/main/README.md\"},{\"match\":[\"Qwen1.5-4B{,-*}\"],\"license\":\"tongyi-qianwen-research\",\"source\":\"https://huggingface.co/Qwen/Qwen1.5-4B-Chat\",\"unconfirmed\":\"the cards of the 0.5B and 1.8B models say tongyi-qianwen-research; the 4B card was not read\"}]},{\"id\":\"codeqwen1.5\",\"publisher\":\"Qwen\",\"family\":\"codeqwen1.5\",\"match\":[\"CodeQwen1.5-7B{,-Chat}{,-*}\"],\"license\":\"tongyi-qianwen-research\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/CodeQwen1.5-7B/blob/main/README.md\",\"exceptions\":[{\"match\":[\"CodeQwen1.5-7B-Chat-GGUF\"],\"license\":\"tongyi-qianwen\",\"source\":\"https://huggingface.co/Qwen/CodeQwen1.5-7B-Chat-GGUF/blob/main/README.md\"},{\"match\":[\"CodeQwen1.5-7B-Chat{,-*}\"],\"license\":\"tongyi-qianwen-research\",\"source\":\"https://huggingface.co/Qwen/CodeQwen1.5-7B-Chat\",\"unconfirmed\":\"sources disagree: the CodeQwen1.5-7B card says tongyi-qianwen-research, the CodeQwen1.5-7B-Chat-GGUF card tongyi-qianwen; the Chat card was not read\"}]},{\"id\":\"qwen-1\",\"publisher\":\"Qwen\",\"family\":\"qwen\",\"match\":[\"Qwen-{1_8B,7B,14B,72B}{,-Chat}{,-*}\"],\"license\":\"tongyi-qianwen\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT\",\"exceptions\":[{\"match\":[\"Qwen-1_8B{,-*}\"],\"license\":\"tongyi-qianwen-research\",\"source\":\"https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT\"}]},{\"id\":\"qwen3\",\"publisher\":\"Qwen\",\"family\":\"qwen3\",\"match\":[\"Qwen3-{0.6B,1.7B,4B,8B,14B,32B,30B-A3B,235B-A22B}{,-Base,-Instruct-2507,-Thinking-2507}{,-*}\",\"Qwen3-Next-80B-A3B{,-Instruct,-Thinking}{,-*}\",\"Qwen3-Coder-{30B-A3B,480B-A35B}{,-Instruct}{,-*}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://qwenlm.github.io/blog/qwen3/\"},{\"id\":\"qwen3-embedding\",\"publisher\":\"Qwen\",\"family\":\"qwen3-embedding\",\"match\":[\"Qwen3-{Embedding,Reranker}-{0.6B,4B,8B}{,-*}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen3-Embedding-0.6B\"},{\"id\":\"qwq\",\"publisher\":\"Qwen\",\"family\":\"qwq\",\"match\":[\"QwQ-32B{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/QwQ-32B\"},{\"id\":\"qwen-image\",\"publisher\":\"Qwen\",\"family\":\"qwen-image\",\"match\":[\"Qwen-Image{,-Edit,-Edit-2509,-Edit-2511,-2512,-Layered}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://github.com/QwenLM/Qwen-Image/blob/main/README.md#license-agreement\"},{\"id\":\"qwen-image-2.1\",\"publisher\":\"Qwen\",\"family\":\"qwen-image\",\"match\":[\"Qwen-Image-2.1\"],\"license\":\"qwen-research\",\"gated\":false,\"source\":\"https://huggingface.co/Qwen/Qwen-Image-2.1\",\"unconfirmed\":\"read from a third party's record of the Hub API (2026-09-21: ungated, license other, license_name qwen-research) and from the cards of adapters built on it, not from the card itself\"},{\"id\":\"qwen3-vl\",\"publisher\":\"Qwen\",\"family\":\"qwen3-vl\",\"match\":[\"Qwen3-VL-{2B,4B,8B,32B,30B-A3B,235B-A22B}-{Instruct,Thinking}{,-*}\"],\"license\":\"apache-2.0\",\"task\":\"image-text-to-text\",\"gated\":false,\"multimodal\":true,\"source\":\"https://github.com/QwenLM/Qwen3-VL/blob/main/README.md\",\"unconfirmed\":\"the cards were not read: third parties quote `license: apache-2.0` from the Qwen3-VL-8B-Instruct card and Apache-2.0 for every size; the repository's own LICENSE is Apache-2.0\"},{\"id\":\"llama-2\",\"publisher\":\"meta-llama\",\"family\":\"llama-2\",\"match\":[\"Llama-2-{7b,13b,70b}{,-chat}{,-hf}{,-*}\"],\"license\":\"llama2\",\"task\":\"text-generation\",\"gated\":true,\"source\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama2/LICENSE\"},{\"id\":\"llama-3\",\"publisher\":\"meta-llama\",\"family\":\"llama-3\",\"match\":[\"Meta-Llama-3-{8B,70B}{,-Instruct}{,-*}\"],\"license\":\"llama3\",\"task\":\"text-generation\",\"gated\":true,\"source\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE\"},{\"id\":\"llama-3.1\",\"publisher\":\"meta-llama\",\"family\":\"llama-3.1\",\"match\":[\"{Llama-3.1,Meta-Llama-3.1}-{8B,70B,405B}{,-Instruct}{,-FP8}{,-*}\"],\"license\":\"llama3.1\",\"task\":\"text-generation\",\"gated\":true,\"multimodal\":false,\"source\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE\"},{\"id\":\"llama-3.2\",\"publisher\":\"meta-llama\",\"family\":\"llama-3.2\",\"match\":[\"Llama-3.2-{1B,3B}{,-Instruct}{,-*}\",\"Llama-3.2-{11B,90B}-Vision{,-Instruct}{,-*}\"],\"license\":\"llama3.2\",\"gated\":true,\"multimodal\":false,\"source\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE\",\"exceptions\":[{\"match\":[\"Llama-3.2-{11B,90B}-Vision{,-*}\"],\"license\":\"llama3.2\",\"task\":\"image-text-to-text\",\"multimodal\":true,\"source\":\"https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct\"}]},{\"id\":\"llama-3.3\",\"publisher\":\"meta-llama\",\"family\":\"llama-3.3\",\"match\":[\"Llama-3.3-70B{,-Instruct}{,-*}\"],\"license\":\"llama3.3\",\"task\":\"text-generation\",\"gated\":true,\"multimodal\":false,\"source\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE\"},{\"id\":\"llama-4\",\"publisher\":\"meta-llama\",\"family\":\"llama-4\",\"match\":[\"Llama-4-{Scout-17B-16E,Maverick-17B-128E}{,-Instruct}{,-FP8}{,-*}\"],\"license\":\"llama4\",\"task\":\"image-text-to-text\",\"gated\":true,\"multimodal\":true,\"source\":\"https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE\"},{\"id\":\"code-llama\",\"publisher\":\"meta-llama\",\"family\":\"code-llama\",\"match\":[\"CodeLlama-{7b,13b,34b,70b}{,-Instruct,-Python}{,-hf}{,-*}\"],\"license\":\"llama2\",\"task\":\"text-generation\",\"gated\":true,\"source\":\"https://huggingface.co/meta-llama/CodeLlama-70b-Instruct-hf\"},{\"id\":\"code-llama-org\",\"publisher\":\"codellama\",\"family\":\"code-llama\",\"match\":[\"CodeLlama-{7b,13b,34b,70b}{,-Instruct,-Python}{,-hf}{,-*}\"],\"license\":\"llama2\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/codellama/CodeLlama-7b-hf\"},{\"id\":\"llama-guard\",\"publisher\":\"meta-llama\",\"family\":\"llama-guard\",\"match\":[\"LlamaGuard-7b\",\"Meta-Llama-Guard-2-8B\",\"Llama-Guard-3-{1B,8B,11B-Vision}{,-*}\",\"Llama-Guard-4-12B{,-*}\",\"Prompt-Guard-86M\",\"Llama-Prompt-Guard-2-{22M,86M}\"],\"license\":\"llama2\",\"gated\":true,\"source\":\"https://huggingface.co/meta-llama/LlamaGuard-7b\",\"exceptions\":[{\"match\":[\"Meta-Llama-Guard-2-8B\"],\"license\":\"llama3\",\"source\":\"https://huggingface.co/meta-llama/Meta-Llama-Guard-2-8B\"},{\"match\":[\"Llama-Guard-3-8B{,-*}\",\"Prompt-Guard-86M\"],\"license\":\"llama3.1\",\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-3-8B\"},{\"match\":[\"Llama-Guard-3-1B{,-*}\"],\"license\":\"llama3.2\",\"multimodal\":false,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-3-1B\"},{\"match\":[\"Llama-Guard-3-11B-Vision{,-*}\"],\"license\":\"llama3.2\",\"multimodal\":true,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-3-11B-Vision\"},{\"match\":[\"Llama-Guard-4-12B{,-*}\"],\"license\":\"llama4\",\"multimodal\":true,\"source\":\"https://huggingface.co/meta-llama/Llama-Guard-4-12B\"},{\"match\":[\"Llama-Prompt-Guard-2-{22M,86M}\"],\"license\":\"llama4\",\"source\":\"https://huggingface.co/meta-llama/Llama-Prompt-Guard-2-86M\"}]},{\"id\":\"gemma\",\"publisher\":\"google\",\"family\":\"gemma\",\"match\":[\"gemma-{2b,7b,1.1-2b,1.1-7b}{,-it}{,-*}\",\"gemma-2-{2b,9b,27b}{,-it}{,-*}\",\"gemma-3-{270m,1b,4b,12b,27b}{,-it,-pt}{,-*}\",\"gemma-3n-{E2B,E4B}{,-it}{,-*}\",\"codegemma-{2b,7b,1.1-2b,1.1-7b}{,-it}{,-*}\",\"recurrentgemma-{2b,9b}{,-it}{,-*}\",\"paligemma-3b-*\",\"paligemma2-{3b,10b,28b}-*\",\"shieldgemma-{2b,9b,27b}\",\"shieldgemma-2-4b-it\",\"embeddinggemma-300m{,-*}\",\"datagemma-{rag,rig}-27b-it\"],\"license\":\"gemma\",\"gated\":true,\"source\":\"https://ai.google.dev/gemma/terms\"},{\"id\":\"hai-def\",\"publisher\":\"google\",\"family\":\"hai-def\",\"match\":[\"medgemma-*\",\"txgemma-*\",\"medsiglip-*\",\"cxr-foundation\",\"derm-foundation\",\"path-foundation\",\"hear\",\"hear-pytorch\"],\"license\":\"health-ai-developer-foundations\",\"gated\":true,\"source\":\"https://developers.google.com/health-ai-developer-foundations/terms\"},{\"id\":\"google-t5\",\"publisher\":\"google\",\"family\":\"t5\",\"match\":[\"flan-t5-{small,base,large,xl,xxl}\",\"t5-v1_1-{small,base,large,xl,xxl}\",\"mt5-{small,base,large,xl,xxl}\",\"umt5-{small,base,xl,xxl}\",\"byt5-{small,base,large,xl,xxl}\",\"flan-ul2\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/google/flan-t5-base\"},{\"id\":\"google-vision\",\"publisher\":\"google\",\"family\":\"google-vision\",\"match\":[\"vit-{base,large,huge}-patch{14,16,32}-{224,384}{,-in21k}\",\"siglip-{base,large,so400m}-patch{14,16}-{224,256,384,512}{,-i18n,-multilingual}\",\"siglip2-{base,large,so400m,giant-opt}-patch{14,16,32}-{224,256,384,512}\",\"owlvit-{base,large}-patch{14,16,32}\",\"owlv2-{base,large}-patch{14,16}{,-ensemble,-finetuned}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/google/vit-base-patch16-224\"},{\"id\":\"google-pix2struct\",\"publisher\":\"google\",\"family\":\"pix2struct\",\"match\":[\"pix2struct-{base,large}\",\"pix2struct-{textcaps,screen2words,widget-captioning,infographics-vqa,docvqa,ai2d,chartqa,ocrvqa}-{base,large}\"],\"license\":\"apache-2.0\",\"task\":\"image-to-text\",\"source\":\"https://hf-proxy.robus.us.kg/google/pix2struct-textcaps-base/blob/ce7a82c90b619f18a3dfe1c01b0ceee487bb15f8/README.md\"},{\"id\":\"google-electra\",\"publisher\":\"google\",\"family\":\"electra\",\"match\":[\"electra-{small,base,large}-{discriminator,generator}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/google/electra-base-discriminator\"},{\"id\":\"google-bert\",\"publisher\":\"google-bert\",\"family\":\"bert\",\"match\":[\"bert-{base,large}-{uncased,cased}{,-whole-word-masking}{,-finetuned-squad}\",\"bert-base-multilingual-{cased,uncased}\",\"bert-base-chinese\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/google-bert/bert-base-uncased\"},{\"id\":\"google-t5-org\",\"publisher\":\"google-t5\",\"family\":\"t5\",\"match\":[\"t5-{small,base,large,3b,11b}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/google-t5/t5-base\"},{\"id\":\"mistral\",\"publisher\":\"mistralai\",\"family\":\"mistral\",\"match\":[\"Mistral-7B-{v0.1,v0.3,Instruct-v0.1,Instruct-v0.2,Instruct-v0.3}\",\"Mixtral-8x{7B,22B}-{v0.1,Instruct-v0.1}\",\"Mistral-Nemo-{Base,Instruct}-2407{,-FP8}\",\"Mistral-Small-24B-{Base,Instruct}-2501\",\"Mistral-Small-3.1-24B-{Base,Instruct}-2503\",\"Mistral-Small-3.2-24B-Instruct-2506\",\"Magistral-Small-{2506,2507,2509}\",\"Devstral-Small-{2505,2507}\",\"Pixtral-12B-{2409,Base-2409}\",\"Mathstral-7B-v0.1\",\"Mamba-Codestral-7B-v0.1\",\"Voxtral-{Mini-3B,Small-24B}-2507\",\"Mistral-Large-Instruct-{2407,2411}\",\"Ministral-8B-Instruct-2410\",\"Mistral-Small-Instruct-2409\",\"Pixtral-Large-Instruct-2411\",\"Codestral-22B-v0.1\"],\"license\":\"apache-2.0\",\"source\":\"https://mistral.ai/news/announcing-mistral-7b/\",\"exceptions\":[{\"match\":[\"Mistral-Large-Instruct-{2407,2411}\",\"Ministral-8B-Instruct-2410\",\"Mistral-Small-Instruct-2409\",\"Pixtral-Large-Instruct-2411\"],\"license\":\"mrl\",\"gated\":true,\"source\":\"https://huggingface.co/mistralai/Mistral-Large-Instruct-2411\"},{\"match\":[\"Codestral-22B-v0.1\"],\"license\":\"mnpl\",\"gated\":true,\"source\":\"https://huggingface.co/mistralai/Codestral-22B-v0.1\"}]},{\"id\":\"deepseek-mit\",\"publisher\":\"deepseek-ai\",\"family\":\"deepseek-r1\",\"match\":[\"DeepSeek-R1{,-Zero,-0528}\",\"DeepSeek-R1-Distill-{Qwen-1.5B,Qwen-7B,Qwen-14B,Qwen-32B,Llama-8B,Llama-70B}\",\"DeepSeek-R1-0528-Qwen3-8B\",\"DeepSeek-V3-0324\",\"DeepSeek-V3.1{,-Base,-Terminus}\",\"DeepSeek-V3.2-Exp{,-Base}\"],\"license\":\"mit\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/LICENSE\"},{\"id\":\"deepseek-license\",\"publisher\":\"deepseek-ai\",\"family\":\"deepseek\",\"match\":[\"DeepSeek-V2{,-Chat,-Lite,-Lite-Chat,-Chat-0628}\",\"DeepSeek-V2.5{,-1210}\",\"deepseek-coder-{1.3b,6.7b,33b}-{base,instruct}\",\"deepseek-coder-7b-{base,instruct}-v1.5\",\"DeepSeek-Coder-V2-{Base,Instruct,Lite-Base,Lite-Instruct}{,-0724}\",\"deepseek-llm-{7b,67b}-{base,chat}\",\"deepseek-math-7b-{base,instruct,rl}\",\"deepseek-moe-16b-{base,chat}\",\"deepseek-vl-{1.3b,7b}-{base,chat}\",\"deepseek-vl2{,-small,-tiny}\"],\"license\":\"deepseek\",\"gated\":false,\"source\":\"https://github.com/deepseek-ai/DeepSeek-V2/blob/main/LICENSE-MODEL\"},{\"id\":\"phi\",\"publisher\":\"microsoft\",\"family\":\"phi\",\"match\":[\"phi-{1,1_5,2}\",\"Phi-3-{mini,small,medium}-{4k,8k,128k}-instruct{,-*}\",\"Phi-3-vision-128k-instruct{,-*}\",\"Phi-3.5-{mini,MoE,vision}-instruct{,-*}\",\"phi-4{,-*}\",\"Phi-4-{mini-instruct,multimodal-instruct,reasoning,reasoning-plus,mini-reasoning,mini-flash-reasoning}{,-*}\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/microsoft/phi-4\"},{\"id\":\"microsoft-mit\",\"publisher\":\"microsoft\",\"family\":\"microsoft\",\"match\":[\"deberta-{base,large,xlarge}\",\"deberta-v3-{xsmall,small,base,large}\",\"Florence-2-{base,large}{,-ft}\",\"speecht5_{tts,asr,vc,hifigan}\",\"git-{base,large}{,-coco,-textcaps,-vqav2}\",\"table-transformer-{detection,structure-recognition}{,-v1.1-all}\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/microsoft/deberta-v3-base\"},{\"id\":\"microsoft-apache\",\"publisher\":\"microsoft\",\"family\":\"microsoft-vision\",\"match\":[\"resnet-{18,26,34,50,101,152}\",\"swin-{tiny,small,base,large}-patch4-window{7,12}-{224,384}{,-in22k}\",\"beit-{base,large}-patch16-{224,384,512}{,-pt22k,-pt22k-ft22k}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/microsoft/resnet-50\"},{\"id\":\"microsoft-layoutlmv3\",\"publisher\":\"microsoft\",\"family\":\"layoutlm\",\"match\":[\"layoutlmv3-{base,large}\"],\"license\":\"cc-by-nc-sa-4.0\",\"source\":\"https://huggingface.co/microsoft/layoutlmv3-base\"},{\"id\":\"falcon\",\"publisher\":\"tiiuae\",\"family\":\"falcon\",\"match\":[\"falcon-{7b,40b,rw-1b,rw-7b}{,-instruct}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/tiiuae/falcon-7b\"},{\"id\":\"falcon3\",\"publisher\":\"tiiuae\",\"family\":\"falcon3\",\"match\":[\"Falcon3-{1B,3B,7B,10B,Mamba-7B}-{Base,Instruct}{,-*}\",\"Falcon-H1-{0.5B,1.5B,1.5B-Deep,3B,7B,34B}-{Base,Instruct}{,-*}\"],\"license\":\"falcon-llm-license\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/tiiuae/Falcon3-7B-Instruct\"},{\"id\":\"smollm\",\"publisher\":\"HuggingFaceTB\",\"family\":\"smollm\",\"match\":[\"SmolLM-{135M,360M,1.7B}{,-Instruct}\",\"SmolLM2-{135M,360M,1.7B}{,-Instruct}{,-*}\",\"SmolLM3-3B{,-Base}\",\"SmolVLM-{Base,Instruct,Synthetic}\",\"SmolVLM-{256M,500M}-{Base,Instruct}\",\"SmolVLM2-{256M,500M,2.2B}{,-Video}-Instruct\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B-Instruct\"},{\"id\":\"granite\",\"publisher\":\"ibm-granite\",\"family\":\"granite\",\"match\":[\"granite-*\",\"granite-{3.0,3.1,3.2,3.3}-{2b,8b}-{base,instruct}\",\"granite-3.1-{1b-a400m,3b-a800m}-{base,instruct}\",\"granite-4.0-{micro,h-micro,h-tiny,h-small}{,-base}\",\"granite-{3b,8b,20b,34b}-code-{base,instruct}{,-2k,-4k,-8k,-128k}\",\"granite-embedding-{30m-english,125m-english,107m-multilingual,278m-multilingual}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://www.ibm.com/granite/docs/models/granite/\",\"unconfirmed\":\"IBM publishes every Granite model under Apache-2.0; a Granite checkpoint under other terms would be covered wrongly, which the refresh pipeline's license check catches\"},{\"id\":\"olmo\",\"publisher\":\"allenai\",\"family\":\"olmo\",\"match\":[\"OLMo-*\",\"OLMoE-*\",\"Molmo-7B-{D,O}-0924\",\"MolmoE-1B-0924\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://allenai.org/olmo\"},{\"id\":\"tulu-3\",\"publisher\":\"allenai\",\"family\":\"tulu-3\",\"match\":[\"Llama-3.1-Tulu-3-{8B,70B,405B}{,-*}\"],\"license\":\"llama3.1\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/allenai/Llama-3.1-Tulu-3-8B\"},{\"id\":\"pythia\",\"publisher\":\"EleutherAI\",\"family\":\"pythia\",\"match\":[\"pythia-{14m,31m,70m,160m,410m,1b,1.4b,2.8b,6.9b,12b}{,-deduped}{,-v0}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"openness\":\"open-source\",\"source\":\"https://huggingface.co/EleutherAI/pythia-160m\"},{\"id\":\"eleutherai-gpt\",\"publisher\":\"EleutherAI\",\"family\":\"gpt-neo\",\"match\":[\"gpt-neo-{125m,1.3B,2.7B}\",\"gpt-j-6b\",\"gpt-neox-20b\"],\"license\":\"mit\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/EleutherAI/gpt-neo-125m\",\"exceptions\":[{\"match\":[\"gpt-j-6b\",\"gpt-neox-20b\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/EleutherAI/gpt-j-6b\"}]},{\"id\":\"open-llama\",\"publisher\":\"openlm-research\",\"family\":\"open-llama\",\"match\":[\"open_llama_{3b,7b,13b}{,_easylm}\",\"open_llama_{3b,7b}_v2{,_easylm}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"source\":\"https://github.com/openlm-research/open_llama/blob/main/README.md#weights-release-license-and-usage\"},{\"id\":\"stablelm-alpha\",\"publisher\":\"stabilityai\",\"family\":\"stablelm-alpha\",\"match\":[\"stablelm-{base,tuned}-alpha-{3b,7b}\"],\"license\":\"cc-by-sa-4.0\",\"task\":\"text-generation\",\"source\":\"https://github.com/Stability-AI/StableLM/blob/main/README.md#licenses\",\"exceptions\":[{\"match\":[\"stablelm-tuned-alpha-{3b,7b}\"],\"license\":\"cc-by-nc-sa-4.0\",\"source\":\"https://github.com/Stability-AI/StableLM/blob/main/README.md#licenses\"}]},{\"id\":\"bloom\",\"publisher\":\"bigscience\",\"family\":\"bloom\",\"match\":[\"bloom{,-560m,-1b1,-1b7,-3b,-7b1}\",\"bloomz{,-560m,-1b1,-1b7,-3b,-7b1,-7b1-mt,-mt}\"],\"license\":\"bigscience-bloom-rail-1.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/bigscience/bloom\"},{\"id\":\"bigscience-t0\",\"publisher\":\"bigscience\",\"family\":\"t0\",\"match\":[\"T0{,pp,_3B,p}\",\"mt0-{small,base,large,xl,xxl}{,-mt}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/bigscience/T0pp\"},{\"id\":\"gpt2\",\"publisher\":\"openai-community\",\"family\":\"gpt2\",\"match\":[\"gpt2{,-medium,-large,-xl}\",\"openai-gpt\",\"roberta-{base,large}-openai-detector\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/openai-community/gpt2\"},{\"id\":\"whisper\",\"publisher\":\"openai\",\"family\":\"whisper\",\"match\":[\"whisper-{tiny,base,small,medium}{,.en}\",\"whisper-large{,-v2,-v3,-v3-turbo}\"],\"license\":\"apache-2.0\",\"task\":\"automatic-speech-recognition\",\"gated\":false,\"source\":\"https://huggingface.co/openai/whisper-large-v3\",\"exceptions\":[{\"match\":[\"whisper-large-v3-turbo\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/openai/whisper-large-v3-turbo\"}]},{\"id\":\"gpt-oss\",\"publisher\":\"openai\",\"family\":\"gpt-oss\",\"match\":[\"gpt-oss-{20b,120b}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"gated\":false,\"source\":\"https://huggingface.co/openai/gpt-oss-20b\"},{\"id\":\"openai-shap-e\",\"publisher\":\"openai\",\"family\":\"shap-e\",\"match\":[\"shap-e{,-img2img}\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/openai/shap-e\"},{\"id\":\"distilbert\",\"publisher\":\"distilbert\",\"family\":\"distilbert\",\"match\":[\"distilbert-base-{uncased,cased,multilingual-cased}{,-*}\",\"distilgpt2\",\"distilroberta-base\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/distilbert/distilbert-base-uncased\"},{\"id\":\"roberta\",\"publisher\":\"FacebookAI\",\"family\":\"roberta\",\"match\":[\"roberta-{base,large}{,-mnli}\",\"xlm-roberta-{base,large}{,-finetuned-conll03-english}\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/FacebookAI/roberta-base\"},{\"id\":\"albert\",\"publisher\":\"albert\",\"family\":\"albert\",\"match\":[\"albert-{base,large,xlarge,xxlarge}-v{1,2}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/albert/albert-base-v2\"},{\"id\":\"modernbert\",\"publisher\":\"answerdotai\",\"family\":\"modernbert\",\"match\":[\"ModernBERT-{base,large}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/answerdotai/ModernBERT-base\"},{\"id\":\"facebook-apache\",\"publisher\":\"facebook\",\"family\":\"facebook-vision\",\"match\":[\"detr-resnet-{50,101}{,-dc5,-panoptic}\",\"dinov2-{small,base,large,giant}{,-imagenet1k-1-layer}\",\"sam-vit-{base,large,huge}\",\"sam2-hiera-{tiny,small,base-plus,large}\",\"sam2.1-hiera-{tiny,small,base-plus,large}\",\"convnext-{tiny,small,base,large,xlarge}-{224,384}{,-22k,-22k-1k}\",\"vit-mae-{base,large,huge}\",\"wav2vec2-{base,large}-960h{,-lv60,-lv60-self}\",\"hubert-{large,xlarge}-ls960-ft\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/facebook/dinov2-base\"},{\"id\":\"facebook-hubert-base\",\"publisher\":\"facebook\",\"family\":\"facebook-vision\",\"match\":[\"hubert-base-ls960\"],\"license\":\"apache-2.0\",\"task\":\"feature-extraction\",\"source\":\"https://huggingface.co/facebook/hubert-base-ls960/blob/main/README.md\"},{\"id\":\"facebook-nc\",\"publisher\":\"facebook\",\"family\":\"facebook-nc\",\"match\":[\"musicgen-{small,medium,large,melody,melody-large}\",\"musicgen-stereo-{small,medium,large,melody,melody-large}\",\"audiogen-medium\",\"magnet-{small,medium}-{10secs,30secs}\",\"audio-magnet-{small,medium}\",\"musicgen-style\",\"jasco-chords-drums-{400M,1B}\",\"jasco-chords-drums-melody-{400M,1B}\",\"mms-{300m,1b,1b-all,1b-fl102,1b-l1107}\",\"mms-tts-*\",\"mms-lid-*\",\"seamless-m4t-{medium,large,v2-large}\",\"hf-seamless-m4t-{medium,large}\",\"seamless-streaming\",\"nllb-200-{distilled-600M,distilled-1.3B,1.3B,3.3B}\",\"nllb-moe-54b\"],\"license\":\"cc-by-nc-4.0\",\"source\":\"https://github.com/facebookresearch/audiocraft/blob/main/README.md#license\"},{\"id\":\"facebook-opt\",\"publisher\":\"facebook\",\"family\":\"opt\",\"match\":[\"opt-{125m,350m,1.3b,2.7b,6.7b,13b,30b,66b}\",\"opt-iml-{1.3b,30b,max-1.3b,max-30b}\"],\"license\":\"opt-175b\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/facebook/opt-125m/raw/a205f8bbcdeab40904efe8d9f9e636443a65c92f/README.md\"},{\"id\":\"facebook-w2v-bert\",\"publisher\":\"facebook\",\"family\":\"w2v-bert\",\"match\":[\"w2v-bert-2.0\"],\"license\":\"mit\",\"task\":\"feature-extraction\",\"source\":\"https://github.com/facebookresearch/seamless_communication/blob/main/README.md#license\"},{\"id\":\"facebook-seamless\",\"publisher\":\"facebook\",\"family\":\"seamless\",\"match\":[\"seamless-expressive\"],\"license\":\"seamless\",\"source\":\"https://github.com/facebookresearch/seamless_communication/blob/main/README.md#license\"},{\"id\":\"facebook-bart-apache\",\"publisher\":\"facebook\",\"family\":\"facebook-text\",\"match\":[\"bart-{base,large}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/facebook/bart-large/blob/main/README.md\"},{\"id\":\"facebook-mit\",\"publisher\":\"facebook\",\"family\":\"facebook-text\",\"match\":[\"bart-large-{cnn,mnli,xsum}\",\"m2m100_{418M,1.2B}\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/facebook/bart-large-cnn\"},{\"id\":\"sentence-transformers\",\"publisher\":\"sentence-transformers\",\"family\":\"sentence-transformers\",\"match\":[\"all-MiniLM-L{6,12}-v{1,2}\",\"all-mpnet-base-v{1,2}\",\"all-distilroberta-v1\",\"paraphrase-*\",\"distiluse-base-multilingual-cased-v{1,2}\",\"LaBSE\",\"multi-qa-*\",\"msmarco-*\",\"gtr-t5-{base,large,xl,xxl}\",\"sentence-t5-{base,large,xl,xxl}\"],\"license\":\"apache-2.0\",\"task\":\"sentence-similarity\",\"gated\":false,\"source\":\"https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2\",\"unconfirmed\":\"checked on the all-*, paraphrase-* and distiluse-* cards; the other name groups follow the organisation's Apache-2.0 practice\"},{\"id\":\"cross-encoder\",\"publisher\":\"cross-encoder\",\"family\":\"cross-encoder\",\"match\":[\"ms-marco-{MiniLM-L-2-v2,MiniLM-L-4-v2,MiniLM-L-6-v2,MiniLM-L-12-v2,TinyBERT-L-2-v2,electra-base}\",\"ms-marco-{MiniLM-L2-v2,MiniLM-L4-v2,MiniLM-L6-v2,MiniLM-L12-v2,TinyBERT-L2-v2}\",\"stsb-*\",\"nli-*\",\"quora-*\"],\"license\":\"apache-2.0\",\"task\":\"text-ranking\",\"gated\":false,\"source\":\"https://huggingface.co/cross-encoder/ms-marco-MiniLM-L-6-v2\"},{\"id\":\"bge\",\"publisher\":\"BAAI\",\"family\":\"bge\",\"match\":[\"bge-{small,base,large}-{en,zh}{,-v1.5}\",\"bge-m3\",\"bge-reranker-{base,large}\",\"bge-reranker-v2-m3\",\"bge-multilingual-gemma2\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/BAAI/bge-m3\",\"exceptions\":[{\"match\":[\"bge-reranker-v2-m3\"],\"license\":\"apache-2.0\",\"task\":\"text-ranking\",\"source\":\"https://huggingface.co/BAAI/bge-reranker-v2-m3\"},{\"match\":[\"bge-multilingual-gemma2\"],\"license\":\"gemma\",\"source\":\"https://huggingface.co/BAAI/bge-multilingual-gemma2\"}]},{\"id\":\"e5\",\"publisher\":\"intfloat\",\"family\":\"e5\",\"match\":[\"e5-{small,base,large}{,-v2,-unsupervised}\",\"multilingual-e5-{small,base,large}{,-instruct}\",\"e5-mistral-7b-instruct\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/intfloat/multilingual-e5-large\"},{\"id\":\"nomic-embed-text\",\"publisher\":\"nomic-ai\",\"family\":\"nomic-embed\",\"match\":[\"nomic-embed-text-{v1,v1.5,v1-unsupervised,v2-moe}\"],\"license\":\"apache-2.0\",\"task\":\"sentence-similarity\",\"gated\":false,\"source\":\"https://huggingface.co/nomic-ai/nomic-embed-text-v1.5\"},{\"id\":\"mxbai\",\"publisher\":\"mixedbread-ai\",\"family\":\"mxbai\",\"match\":[\"mxbai-embed-large-v1\",\"mxbai-embed-2d-large-v1\",\"mxbai-rerank-{xsmall,base,large}-v{1,2}\",\"deepset-mxbai-embed-de-large-v1\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/mixedbread-ai/mxbai-embed-large-v1\"},{\"id\":\"jina-v2\",\"publisher\":\"jinaai\",\"family\":\"jina-embeddings\",\"match\":[\"jina-embeddings-v2-{small-en,base-en,base-code,base-de,base-es,base-zh}\",\"jina-clip-v1\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/jinaai/jina-embeddings-v2-base-en\"},{\"id\":\"jina-nc\",\"publisher\":\"jinaai\",\"family\":\"jina-embeddings\",\"match\":[\"jina-embeddings-v3\",\"jina-reranker-v2-base-multilingual\",\"jina-clip-v2\",\"jina-colbert-v2\",\"jina-reranker-m0\"],\"license\":\"cc-by-nc-4.0\",\"gated\":false,\"source\":\"https://huggingface.co/jinaai/jina-embeddings-v3\"},{\"id\":\"snowflake-arctic-embed\",\"publisher\":\"Snowflake\",\"family\":\"arctic-embed\",\"match\":[\"snowflake-arctic-embed-{xs,s,m,m-long,l}{,-v1.5,-v2.0}\"],\"license\":\"apache-2.0\",\"task\":\"sentence-similarity\",\"gated\":false,\"source\":\"https://huggingface.co/Snowflake/snowflake-arctic-embed-m-v1.5\"},{\"id\":\"gte\",\"publisher\":\"thenlper\",\"family\":\"gte\",\"match\":[\"gte-{small,base,large}{,-zh}\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/thenlper/gte-large\"},{\"id\":\"gte-alibaba\",\"publisher\":\"Alibaba-NLP\",\"family\":\"gte\",\"match\":[\"gte-{base,large}-en-v1.5\",\"gte-multilingual-{base,reranker-base}\",\"gte-Qwen2-{1.5B,7B}-instruct\",\"gte-Qwen1.5-7B-instruct\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/Alibaba-NLP/gte-large-en-v1.5\"},{\"id\":\"instructor\",\"publisher\":\"hkunlp\",\"family\":\"instructor\",\"match\":[\"instructor-{base,large,xl}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/hkunlp/instructor-large\"},{\"id\":\"nvidia-nc\",\"publisher\":\"nvidia\",\"family\":\"nvidia-nc\",\"match\":[\"NV-Embed-v{1,2}\",\"canary-1b\"],\"license\":\"cc-by-nc-4.0\",\"source\":\"https://huggingface.co/nvidia/NV-Embed-v2\"},{\"id\":\"nvidia-parakeet\",\"publisher\":\"nvidia\",\"family\":\"parakeet\",\"match\":[\"parakeet-tdt-0.6b-v{2,3}\",\"parakeet-tdt-1.1b\",\"parakeet-{ctc,rnnt}-{0.6b,1.1b}\",\"canary-1b-flash\"],\"license\":\"cc-by-4.0\",\"task\":\"automatic-speech-recognition\",\"source\":\"https://huggingface.co/nvidia/parakeet-tdt-0.6b-v2\"},{\"id\":\"salesforce-sfr\",\"publisher\":\"Salesforce\",\"family\":\"sfr-embedding\",\"match\":[\"SFR-Embedding-Mistral\",\"SFR-Embedding-2_R\"],\"license\":\"cc-by-nc-4.0\",\"source\":\"https://huggingface.co/Salesforce/SFR-Embedding-Mistral\"},{\"id\":\"salesforce-bsd\",\"publisher\":\"Salesforce\",\"family\":\"salesforce\",\"match\":[\"codegen-{350M,2B,6B,16B}-{mono,multi,nl}\",\"codet5p-{220m,770m}{,-py}\",\"blip-image-captioning-{base,large}\",\"blip-vqa-{base,capfilt-large}\",\"blip-itm-{base,large}-{coco,flickr}\"],\"license\":\"bsd-3-clause\",\"source\":\"https://huggingface.co/Salesforce/blip-image-captioning-base\"},{\"id\":\"salesforce-blip2\",\"publisher\":\"Salesforce\",\"family\":\"blip2\",\"match\":[\"blip2-{opt-2.7b,opt-6.7b,flan-t5-xl,flan-t5-xxl}{,-coco}\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/Salesforce/blip2-opt-2.7b\"},{\"id\":\"distil-whisper\",\"publisher\":\"distil-whisper\",\"family\":\"whisper\",\"match\":[\"distil-{small.en,medium.en,large-v2,large-v3,large-v3.5}\"],\"license\":\"mit\",\"task\":\"automatic-speech-recognition\",\"gated\":false,\"source\":\"https://huggingface.co/distil-whisper/distil-large-v3\"},{\"id\":\"faster-whisper\",\"publisher\":\"Systran\",\"family\":\"whisper\",\"match\":[\"faster-whisper-{tiny,base,small,medium}{,.en}\",\"faster-whisper-large-v{1,2,3}\",\"faster-distil-whisper-{small.en,medium.en,large-v2,large-v3}\"],\"license\":\"mit\",\"task\":\"automatic-speech-recognition\",\"gated\":false,\"source\":\"https://huggingface.co/Systran/faster-whisper-large-v3\"},{\"id\":\"pyannote\",\"publisher\":\"pyannote\",\"family\":\"pyannote\",\"match\":[\"speaker-diarization{,-3.0,-3.1}\",\"segmentation{,-3.0}\",\"embedding\"],\"license\":\"mit\",\"gated\":true,\"source\":\"https://huggingface.co/pyannote/speaker-diarization-3.1\"},{\"id\":\"pyannote-wespeaker\",\"publisher\":\"pyannote\",\"family\":\"pyannote\",\"match\":[\"wespeaker-voxceleb-resnet34-LM\"],\"license\":\"cc-by-4.0\",\"gated\":false,\"source\":\"https://huggingface.co/pyannote/wespeaker-voxceleb-resnet34-LM\",\"unconfirmed\":\"read from a third party's notes on the pyannote 3.1 pipeline (\\\"CC-BY-4.0, not gated\\\"), not from the card; the rule used to say MIT\"},{\"id\":\"bark\",\"publisher\":\"suno\",\"family\":\"bark\",\"match\":[\"bark{,-small}\"],\"license\":\"mit\",\"task\":\"text-to-speech\",\"gated\":false,\"source\":\"https://github.com/suno-ai/bark#-updates\",\"unconfirmed\":\"relicensed: Bark was released under CC-BY-NC-4.0 in April 2023 and relicensed under MIT on 2023-05-01 (suno-ai/bark README); copies made before that date carry the old label\"},{\"id\":\"audio-misc-mit\",\"publisher\":\"laion\",\"family\":\"laion-clip\",\"match\":[\"CLIP-ViT-{B-32,B-16,L-14,H-14,g-14,bigG-14}-laion2B-*\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/laion/CLIP-ViT-H-14-laion2B-s32B-b79K\"},{\"id\":\"laion-clap\",\"publisher\":\"laion\",\"family\":\"clap\",\"match\":[\"clap-htsat-{fused,unfused}\",\"larger_clap_{general,music,music_and_speech}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/laion/clap-htsat-unfused\"},{\"id\":\"depth-anything-v2\",\"publisher\":\"depth-anything\",\"family\":\"depth-anything\",\"match\":[\"Depth-Anything-V2-{Small,Base,Large,Giant}{,-hf}\"],\"license\":\"cc-by-nc-4.0\",\"task\":\"depth-estimation\",\"gated\":false,\"source\":\"https://huggingface.co/depth-anything/Depth-Anything-V2-Large-hf\",\"exceptions\":[{\"match\":[\"Depth-Anything-V2-Small{,-hf}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/depth-anything/Depth-Anything-V2-Small-hf\"}]},{\"id\":\"depth-anything-v1\",\"publisher\":\"LiheYoung\",\"family\":\"depth-anything\",\"match\":[\"depth-anything-{small,base,large}{,-hf}\"],\"license\":\"apache-2.0\",\"task\":\"depth-estimation\",\"source\":\"https://huggingface.co/LiheYoung/depth-anything-small-hf\"},{\"id\":\"intel-dpt\",\"publisher\":\"Intel\",\"family\":\"dpt\",\"match\":[\"dpt-{large,hybrid-midas,large-ade}\"],\"license\":\"apache-2.0\",\"task\":\"depth-estimation\",\"source\":\"https://huggingface.co/Intel/dpt-large\"},{\"id\":\"grounding-dino\",\"publisher\":\"IDEA-Research\",\"family\":\"grounding-dino\",\"match\":[\"grounding-dino-{tiny,base}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/IDEA-Research/grounding-dino-tiny\"},{\"id\":\"llava-hf\",\"publisher\":\"llava-hf\",\"family\":\"llava\",\"match\":[\"llava-1.5-{7b,13b}-hf\",\"llava-v1.6-vicuna-{7b,13b}-hf\",\"llava-v1.6-mistral-7b-hf\"],\"license\":\"llama2\",\"task\":\"image-text-to-text\",\"multimodal\":true,\"source\":\"https://huggingface.co/llava-hf/llava-1.5-7b-hf\",\"exceptions\":[{\"match\":[\"llava-v1.6-mistral-7b-hf\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/llava-hf/llava-v1.6-mistral-7b-hf\"}]},{\"id\":\"timm-apache\",\"publisher\":\"timm\",\"family\":\"timm\",\"match\":[\"resnet{18,26,34,50,101,152}{,d}.{a1,a1h,a2,a3}_in1k\",\"efficientnet_b[0-7].ra*_in1k\",\"vit_{tiny,small,base,large}_patch{8,16,32}_{224,384}.augreg*\"],\"license\":\"apache-2.0\",\"task\":\"image-classification\",\"source\":\"https://huggingface.co/timm/resnet50.a1_in1k\"},{\"id\":\"hustvl-yolos\",\"publisher\":\"hustvl\",\"family\":\"yolos\",\"match\":[\"yolos-{tiny,small,base}\"],\"license\":\"apache-2.0\",\"task\":\"object-detection\",\"source\":\"https://huggingface.co/hustvl/yolos-tiny\"},{\"id\":\"rtdetr\",\"publisher\":\"PekingU\",\"family\":\"rt-detr\",\"match\":[\"rtdetr_r{18,34,50,101}vd{,_coco_o365}\"],\"license\":\"apache-2.0\",\"task\":\"object-detection\",\"source\":\"https://huggingface.co/PekingU/rtdetr_r50vd\"},{\"id\":\"stable-diffusion-openrail++\",\"publisher\":\"stabilityai\",\"family\":\"stable-diffusion\",\"match\":[\"stable-diffusion-xl-{base,refiner}-1.0\",\"stable-diffusion-2{,-base,-1,-1-base,-inpainting,-depth}\",\"stable-diffusion-x4-upscaler\"],\"license\":\"openrail++\",\"task\":\"text-to-image\",\"gated\":false,\"source\":\"https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0\"},{\"id\":\"stability-community\",\"publisher\":\"stabilityai\",\"family\":\"stability-community\",\"match\":[\"stable-diffusion-3-medium{,-diffusers}\",\"stable-diffusion-3.5-{large,medium,large-turbo}{,-*}\",\"stable-audio-open-{1.0,small}\",\"stable-video-diffusion-img2vid{,-xt,-xt-1-1}\"],\"license\":\"stabilityai-ai-community\",\"gated\":true,\"source\":\"https://stability.ai/license\",\"exceptions\":[{\"match\":[\"stable-video-diffusion-img2vid{,-xt,-xt-1-1}\"],\"license\":\"stabilityai-ai-community\",\"task\":\"image-to-video\",\"source\":\"https://huggingface.co/stabilityai/stable-video-diffusion-img2vid-xt/blob/main/LICENSE.md\",\"unconfirmed\":\"relicensed: Stable Video Diffusion came out under the SVD Non-Commercial Community License (November 2023; SVD 1.1 under the Non-Commercial Research Community License of February 2024) and moved to the Stability AI Community License in July 2024; copies made before carry the old terms. Audit: a copy of the img2vid-xt card reads license_name stable-video-diffusion-community (non-commercial use under it, commercial use per stability.ai/license), and Stability-AI/generative-models still ships model_licenses/LICENSE-SVD (the Non-Commercial Community License of 2023-11-21); the Hub LICENSE.md itself was not read\"}]},{\"id\":\"stability-3d\",\"publisher\":\"stabilityai\",\"family\":\"stability-3d\",\"match\":[\"stable-fast-3d\",\"sv4d\"],\"license\":\"stabilityai-ai-community\",\"gated\":true,\"source\":\"https://github.com/Stability-AI/stable-fast-3d/blob/main/LICENSE.md\"},{\"id\":\"stability-vae\",\"publisher\":\"stabilityai\",\"family\":\"sd-vae\",\"match\":[\"sd-vae-ft-{mse,ema}{,-original}\",\"sdxl-vae\"],\"license\":\"mit\",\"gated\":false,\"source\":\"https://huggingface.co/stabilityai/sd-vae-ft-mse\"},{\"id\":\"flux-1\",\"publisher\":\"black-forest-labs\",\"family\":\"flux-1\",\"match\":[\"FLUX.1-{dev,Canny-dev,Depth-dev,Fill-dev,Redux-dev,Kontext-dev,Krea-dev}{,-*}\",\"FLUX.1-schnell{,-*}\"],\"license\":\"flux-1-dev-non-commercial-license\",\"gated\":true,\"source\":\"https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md\",\"exceptions\":[{\"match\":[\"FLUX.1-schnell{,-*}\"],\"license\":\"apache-2.0\",\"gated\":false,\"task\":\"text-to-image\",\"source\":\"https://huggingface.co/black-forest-labs/FLUX.1-schnell\"}]},{\"id\":\"flux-2\",\"publisher\":\"black-forest-labs\",\"family\":\"flux-2\",\"match\":[\"FLUX.2-dev\",\"FLUX.2-klein{,-base}-9b{,-fp8}\",\"FLUX.2-klein{,-base}-4b{,-fp8}\"],\"license\":\"flux-non-commercial-license\",\"task\":\"text-to-image\",\"source\":\"https://docs.bfl.ai/flux_2/flux2_overview\",\"exceptions\":[{\"match\":[\"FLUX.2-klein{,-base}-4b{,-fp8}\"],\"license\":\"apache-2.0\",\"source\":\"https://docs.bfl.ai/flux_2/flux2_overview\"}]},{\"id\":\"controlnet-sd15\",\"publisher\":\"lllyasviel\",\"family\":\"controlnet\",\"match\":[\"sd-controlnet-{canny,depth,hed,mlsd,normal,openpose,scribble,seg}\",\"control_v11{p,e,f1p,f1e}_sd15_*\",\"ControlNet\",\"ControlNet-v1-1\"],\"license\":\"openrail\",\"source\":\"https://huggingface.co/lllyasviel/sd-controlnet-canny\"},{\"id\":\"controlnet-sdxl\",\"publisher\":\"diffusers\",\"family\":\"controlnet\",\"match\":[\"controlnet-{canny,depth}-sdxl-1.0{,-mid,-small}\"],\"license\":\"openrail++\",\"source\":\"https://huggingface.co/diffusers/controlnet-canny-sdxl-1.0\"},{\"id\":\"xinsir-controlnet\",\"publisher\":\"xinsir\",\"family\":\"controlnet\",\"match\":[\"controlnet-{union,canny,openpose,scribble,depth,tile}-sdxl-1.0{,-promax}\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/xinsir/controlnet-union-sdxl-1.0\"},{\"id\":\"lcm\",\"publisher\":\"latent-consistency\",\"family\":\"lcm\",\"match\":[\"lcm-lora-{sdxl,sdv1-5,ssd-1b}\",\"lcm-{sdxl,ssd-1b}\"],\"license\":\"openrail++\",\"source\":\"https://huggingface.co/latent-consistency/lcm-lora-sdxl\"},{\"id\":\"wan\",\"publisher\":\"Wan-AI\",\"family\":\"wan\",\"match\":[\"Wan2.1-{T2V-1.3B,T2V-14B,I2V-14B-480P,I2V-14B-720P,FLF2V-14B-720P,VACE-1.3B,VACE-14B}{,-Diffusers}\",\"Wan2.2-{T2V-A14B,I2V-A14B,TI2V-5B,S2V-14B}{,-Diffusers}\"],\"license\":\"apache-2.0\",\"gated\":false,\"source\":\"https://huggingface.co/Wan-AI/Wan2.1-T2V-14B\"},{\"id\":\"compvis-sd\",\"publisher\":\"CompVis\",\"family\":\"stable-diffusion\",\"match\":[\"stable-diffusion-v1-{1,2,3,4}\",\"stable-diffusion-v-1-{1,2,3,4}-original\"],\"license\":\"creativeml-openrail-m\",\"task\":\"text-to-image\",\"source\":\"https://huggingface.co/CompVis/stable-diffusion-v1-4\"},{\"id\":\"kandinsky\",\"publisher\":\"kandinsky-community\",\"family\":\"kandinsky\",\"match\":[\"kandinsky-2-{1,2}{,-prior,-decoder,-controlnet-depth,-inpaint}\",\"kandinsky-3\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/kandinsky-community/kandinsky-2-2-decoder\"},{\"id\":\"deepfloyd-if\",\"publisher\":\"DeepFloyd\",\"family\":\"deepfloyd-if\",\"match\":[\"IF-{I,II}-{XL,L,M}-v1.0\"],\"license\":\"deepfloyd-if-license\",\"gated\":true,\"source\":\"https://huggingface.co/DeepFloyd/IF-I-XL-v1.0\"},{\"id\":\"pixart\",\"publisher\":\"PixArt-alpha\",\"family\":\"pixart\",\"match\":[\"PixArt-XL-2-{512x512,1024-MS}\",\"PixArt-Sigma-XL-2-{512-MS,1024-MS,2K-MS}\"],\"license\":\"openrail++\",\"task\":\"text-to-image\",\"source\":\"https://huggingface.co/PixArt-alpha/PixArt-XL-2-1024-MS\"},{\"id\":\"segmind\",\"publisher\":\"segmind\",\"family\":\"segmind\",\"match\":[\"SSD-1B\",\"Segmind-Vega\"],\"license\":\"apache-2.0\",\"task\":\"text-to-image\",\"source\":\"https://huggingface.co/segmind/SSD-1B\"},{\"id\":\"hidream\",\"publisher\":\"HiDream-ai\",\"family\":\"hidream\",\"match\":[\"HiDream-I1-{Full,Dev,Fast}\",\"HiDream-E1-Full\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/HiDream-ai/HiDream-I1-Full\"},{\"id\":\"tinyllama\",\"publisher\":\"TinyLlama\",\"family\":\"tinyllama\",\"match\":[\"TinyLlama-1.1B-*\",\"TinyLlama_v1.1\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/TinyLlama/TinyLlama-1.1B-Chat-v1.0\"},{\"id\":\"vicuna-1.5\",\"publisher\":\"lmsys\",\"family\":\"vicuna\",\"match\":[\"vicuna-{7b,13b}-v1.5{,-16k}\"],\"license\":\"llama2\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/lmsys/vicuna-7b-v1.5\"},{\"id\":\"zephyr\",\"publisher\":\"HuggingFaceH4\",\"family\":\"zephyr\",\"match\":[\"zephyr-7b-{alpha,beta}\",\"zephyr-orpo-141b-A35b-v0.1\"],\"license\":\"mit\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/HuggingFaceH4/zephyr-7b-beta\",\"exceptions\":[{\"match\":[\"zephyr-orpo-141b-A35b-v0.1\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1\"}]},{\"id\":\"openhermes\",\"publisher\":\"teknium\",\"family\":\"openhermes\",\"match\":[\"OpenHermes-{2,2.5}-Mistral-7B\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/teknium/OpenHermes-2.5-Mistral-7B\"},{\"id\":\"cohere\",\"publisher\":\"CohereForAI\",\"family\":\"cohere\",\"match\":[\"c4ai-command-r-{v01,plus,08-2024,plus-08-2024}\",\"c4ai-command-r7b-12-2024\",\"c4ai-command-a-03-2025\",\"aya-expanse-{8b,32b}\",\"aya-23-{8B,35B}\",\"aya-vision-{8b,32b}\"],\"license\":\"cc-by-nc-4.0\",\"gated\":true,\"source\":\"https://huggingface.co/CohereForAI/c4ai-command-r-v01\"},{\"id\":\"cohere-labs\",\"publisher\":\"CohereLabs\",\"family\":\"cohere\",\"match\":[\"c4ai-command-r-{v01,plus,08-2024,plus-08-2024}\",\"c4ai-command-r7b-12-2024\",\"c4ai-command-a-03-2025\",\"aya-expanse-{8b,32b}\",\"aya-23-{8B,35B}\",\"aya-vision-{8b,32b}\"],\"license\":\"cc-by-nc-4.0\",\"gated\":true,\"source\":\"https://huggingface.co/CohereLabs/c4ai-command-r7b-12-2024\"},{\"id\":\"aya-101\",\"publisher\":\"CohereForAI\",\"family\":\"aya-101\",\"match\":[\"aya-101\"],\"license\":\"apache-2.0\",\"task\":\"text2text-generation\",\"source\":\"https://huggingface.co/CohereForAI/aya-101/blob/main/README.md\"},{\"id\":\"aya-101-labs\",\"publisher\":\"CohereLabs\",\"family\":\"aya-101\",\"match\":[\"aya-101\"],\"license\":\"apache-2.0\",\"task\":\"text2text-generation\",\"source\":\"https://huggingface.co/CohereForAI/aya-101/blob/main/README.md\"},{\"id\":\"nemotron-llama\",\"publisher\":\"nvidia\",\"family\":\"nemotron\",\"match\":[\"Llama-3.1-Nemotron-70B-Instruct-HF\",\"Llama-3.1-Nemotron-70B-Instruct\"],\"license\":\"llama3.1\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/nvidia/Llama-3.1-Nemotron-70B-Instruct-HF\"},{\"id\":\"bigcode-starcoder\",\"publisher\":\"bigcode\",\"family\":\"starcoder\",\"match\":[\"starcoder2-{3b,7b,15b}{,-instruct-v0.1}\",\"starcoder\",\"starcoderbase\",\"starcoderbase-{1b,3b,7b}\",\"starcoderplus\",\"tiny_starcoder_py\"],\"license\":\"bigcode-openrail-m\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/bigcode/starcoder2-15b\"},{\"id\":\"single-apache\",\"publisher\":\"hexgrad\",\"family\":\"kokoro\",\"match\":[\"Kokoro-82M\"],\"license\":\"apache-2.0\",\"task\":\"text-to-speech\",\"source\":\"https://huggingface.co/hexgrad/Kokoro-82M\"},{\"id\":\"single-mit\",\"publisher\":\"WhereIsAI\",\"family\":\"uae\",\"match\":[\"UAE-Large-V1\"],\"license\":\"mit\",\"task\":\"sentence-similarity\",\"source\":\"https://huggingface.co/WhereIsAI/UAE-Large-V1\"},{\"id\":\"colbert\",\"publisher\":\"colbert-ir\",\"family\":\"colbert\",\"match\":[\"colbertv2.0\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/colbert-ir/colbertv2.0\"},{\"id\":\"dslim-ner\",\"publisher\":\"dslim\",\"family\":\"bert-ner\",\"match\":[\"bert-{base,large}-NER{,-uncased}\"],\"license\":\"mit\",\"task\":\"token-classification\",\"source\":\"https://huggingface.co/dslim/bert-base-NER\"},{\"id\":\"deepset-squad\",\"publisher\":\"deepset\",\"family\":\"deepset-qa\",\"match\":[\"roberta-{base,large}-squad2\",\"deberta-v3-{base,large}-squad2\",\"xlm-roberta-{base,large}-squad2\",\"tinyroberta-squad2\"],\"license\":\"cc-by-4.0\",\"task\":\"question-answering\",\"source\":\"https://huggingface.co/deepset/roberta-base-squad2\"},{\"id\":\"speechbrain\",\"publisher\":\"speechbrain\",\"family\":\"speechbrain\",\"match\":[\"spkrec-ecapa-voxceleb\",\"spkrec-xvect-voxceleb\",\"asr-crdnn-rnnlm-librispeech\",\"metricgan-plus-voicebank\",\"sepformer-{wsj02mix,whamr}\",\"lang-id-voxlingua107-ecapa\",\"emotion-recognition-wav2vec2-IEMOCAP\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/speechbrain/spkrec-ecapa-voxceleb\"},{\"id\":\"parler-tts\",\"publisher\":\"parler-tts\",\"family\":\"parler-tts\",\"match\":[\"parler-tts-{mini,large}-v1\",\"parler-tts-mini-multilingual-v1.1\",\"parler-tts-mini-expresso\"],\"license\":\"apache-2.0\",\"task\":\"text-to-speech\",\"source\":\"https://huggingface.co/parler-tts/parler-tts-mini-v1\"},{\"id\":\"sesame-csm\",\"publisher\":\"sesame\",\"family\":\"csm\",\"match\":[\"csm-1b\"],\"license\":\"apache-2.0\",\"task\":\"text-to-speech\",\"gated\":true,\"source\":\"https://huggingface.co/sesame/csm-1b\"},{\"id\":\"dia\",\"publisher\":\"nari-labs\",\"family\":\"dia\",\"match\":[\"Dia-1.6B{,-0626}\"],\"license\":\"apache-2.0\",\"task\":\"text-to-speech\",\"source\":\"https://huggingface.co/nari-labs/Dia-1.6B\"},{\"id\":\"moonshine\",\"publisher\":\"UsefulSensors\",\"family\":\"moonshine\",\"match\":[\"moonshine{,-tiny,-base}\"],\"license\":\"mit\",\"task\":\"automatic-speech-recognition\",\"source\":\"https://huggingface.co/UsefulSensors/moonshine-base\"},{\"id\":\"melotts\",\"publisher\":\"myshell-ai\",\"family\":\"melotts\",\"match\":[\"MeloTTS-{English,English-v2,English-v3,Spanish,French,Chinese,Japanese,Korean}\",\"OpenVoiceV2\"],\"license\":\"mit\",\"task\":\"text-to-speech\",\"source\":\"https://huggingface.co/myshell-ai/MeloTTS-English\"},{\"id\":\"chatterbox\",\"publisher\":\"ResembleAI\",\"family\":\"chatterbox\",\"match\":[\"chatterbox\"],\"license\":\"mit\",\"task\":\"text-to-speech\",\"source\":\"https://huggingface.co/ResembleAI/chatterbox\"},{\"id\":\"ast\",\"publisher\":\"MIT\",\"family\":\"ast\",\"match\":[\"ast-finetuned-audioset-*\",\"ast-finetuned-speech-commands-v2\"],\"license\":\"bsd-3-clause\",\"task\":\"audio-classification\",\"source\":\"https://huggingface.co/MIT/ast-finetuned-audioset-10-10-0.4593\"},{\"id\":\"mert\",\"publisher\":\"m-a-p\",\"family\":\"mert\",\"match\":[\"MERT-v1-{95M,330M}\",\"MERT-v0\",\"MERT-v0-public\"],\"license\":\"cc-by-nc-4.0\",\"source\":\"https://huggingface.co/m-a-p/MERT-v1-330M\"},{\"id\":\"ace-step\",\"publisher\":\"ACE-Step\",\"family\":\"ace-step\",\"match\":[\"ACE-Step-v1-3.5B\"],\"license\":\"apache-2.0\",\"task\":\"text-to-audio\",\"source\":\"https://huggingface.co/ACE-Step/ACE-Step-v1-3.5B\"},{\"id\":\"moondream\",\"publisher\":\"vikhyatk\",\"family\":\"moondream\",\"match\":[\"moondream2\"],\"license\":\"apache-2.0\",\"task\":\"image-text-to-text\",\"multimodal\":true,\"source\":\"https://huggingface.co/vikhyatk/moondream2\"},{\"id\":\"layoutlm-docqa\",\"publisher\":\"impira\",\"family\":\"layoutlm\",\"match\":[\"layoutlm-document-qa\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/impira/layoutlm-document-qa\"},{\"id\":\"donut\",\"publisher\":\"naver-clova-ix\",\"family\":\"donut\",\"match\":[\"donut-base\",\"donut-base-finetuned-{docvqa,cord-v2,rvlcdip,zhtrainticket}\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/naver-clova-ix/donut-base\"},{\"id\":\"ultralytics\",\"publisher\":\"Ultralytics\",\"family\":\"yolo\",\"match\":[\"YOLOv8\",\"YOLOv5\",\"YOLO11\"],\"license\":\"agpl-3.0\",\"task\":\"object-detection\",\"source\":\"https://huggingface.co/Ultralytics/YOLOv8\"},{\"id\":\"clipseg\",\"publisher\":\"CIDAS\",\"family\":\"clipseg\",\"match\":[\"clipseg-rd64-refined\",\"clipseg-rd64\",\"clipseg-rd16\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/CIDAS/clipseg-rd64-refined\"},{\"id\":\"birefnet\",\"publisher\":\"ZhengPeng7\",\"family\":\"birefnet\",\"match\":[\"BiRefNet{,_lite,-portrait,-matting,_HR,-general-lite}\"],\"license\":\"mit\",\"task\":\"image-segmentation\",\"source\":\"https://huggingface.co/ZhengPeng7/BiRefNet\"},{\"id\":\"vit-gpt2-captioning\",\"publisher\":\"nlpconnect\",\"family\":\"vit-gpt2\",\"match\":[\"vit-gpt2-image-captioning\"],\"license\":\"apache-2.0\",\"task\":\"image-to-text\",\"source\":\"https://huggingface.co/nlpconnect/vit-gpt2-image-captioning\"},{\"id\":\"madebyollin\",\"publisher\":\"madebyollin\",\"family\":\"sd-vae\",\"match\":[\"sdxl-vae-fp16-fix\",\"taesd\",\"taesdxl\",\"taesd3\",\"taef1\"],\"license\":\"mit\",\"source\":\"https://huggingface.co/madebyollin/sdxl-vae-fp16-fix\"},{\"id\":\"ip-adapter\",\"publisher\":\"h94\",\"family\":\"ip-adapter\",\"match\":[\"IP-Adapter\"],\"license\":\"apache-2.0\",\"source\":\"https://huggingface.co/h94/IP-Adapter\"},{\"id\":\"sdxl-lightning\",\"publisher\":\"ByteDance\",\"family\":\"sdxl-lightning\",\"match\":[\"SDXL-Lightning\"],\"license\":\"openrail++\",\"task\":\"text-to-image\",\"source\":\"https://huggingface.co/ByteDance/SDXL-Lightning\"},{\"id\":\"instruct-pix2pix\",\"publisher\":\"timbrooks\",\"family\":\"instruct-pix2pix\",\"match\":[\"instruct-pix2pix\"],\"license\":\"mit\",\"task\":\"image-to-image\",\"source\":\"https://huggingface.co/timbrooks/instruct-pix2pix\"},{\"id\":\"yi-1.5\",\"publisher\":\"01-ai\",\"family\":\"yi\",\"match\":[\"Yi-1.5-{6B,9B,34B}{,-Chat}{,-16K}\"],\"license\":\"apache-2.0\",\"task\":\"text-generation\",\"source\":\"https://huggingface.co/01-ai/Yi-1.5-9B-Chat\"}],\"urls\":[{\"id\":\"sam2-checkpoints\",\"match\":[\"dl.fbaipublicfiles.com/segment_anything_2/*/sam2{,.1}_hiera_{tiny,small,base_plus,large}.pt\"],\"publisher\":\"facebook\",\"family\":\"sam2\",\"license\":\"apache-2.0\",\"task\":\"mask-generation\",\"source\":\"https://github.com/facebookresearch/sam2/blob/main/README.md#license\"},{\"id\":\"sam-checkpoints\",\"match\":[\"dl.fbaipublicfiles.com/segment_anything/sam_vit_{b,l,h}_*.pth\"],\"publisher\":\"facebook\",\"family\":\"sam\",\"license\":\"apache-2.0\",\"task\":\"mask-generation\",\"source\":\"https://github.com/facebookresearch/segment-anything/blob/main/README.md#license\"},{\"id\":\"openai-whisper-checkpoints\",\"match\":[\"openaipublic.azureedge.net/main/whisper/models/*/{tiny,base,small,medium}{,.en}.pt\",\"openaipublic.azureedge.net/main/whisper/models/*/large{,-v1,-v2,-v3,-v3-turbo}.pt\"],\"publisher\":\"openai\",\"family\":\"whisper\",\"license\":\"mit\",\"task\":\"automatic-speech-recognition\",\"source\":\"https://github.com/openai/whisper/blob/main/README.md#license\"},{\"id\":\"coqui-xtts-v2-gateway\",\"match\":[\"coqui.gateway.scarf.sh/hf-coqui/xtts-v2/*\"],\"model\":\"coqui/XTTS-v2\",\"source\":\"https://github.com/coqui-ai/TTS/blob/dev/TTS/.models.json\"},{\"id\":\"coqui-xtts-v1-gateway\",\"match\":[\"coqui.gateway.scarf.sh/hf-coqui/xtts-v1/*\"],\"model\":\"coqui/XTTS-v1\",\"source\":\"https://github.com/coqui-ai/TTS/blob/dev/TTS/.models.json\"}],\"reuploads\":{\"strip\":[{\"token\":\"gguf\",\"format\":\"gguf\"},{\"token\":\"ggml\"},{\"token\":\"gptq\"},{\"token\":\"awq\"},{\"token\":\"exl2\"},{\"token\":\"mlx\"},{\"token\":\"onnx\",\"format\":\"onnx\"},{\"token\":\"bnb\"},{\"token\":\"[0-9]bit\"},{\"token\":\"{bf16,fp16,fp32,f16,f32,fp8,int4,int8,w4a16,w8a8,w8a16,nf4}\"},{\"token\":\"q[0-9]f16\"},{\"token\":\"{q,iq}[0-9]*\"},{\"token\":\"i1\"},{\"token\":\"imatrix\"}],\"reuploads\":[{\"publisher\":\"bartowski\",\"source\":\"https://huggingface.co/bartowski\",\"namespace_separator\":\"_\",\"prefixes\":[\"Meta-\"]},{\"publisher\":\"TheBloke\",\"source\":\"https://huggingface.co/TheBloke\",\"suffixes\":[\"-hf\"],\"strip\":[{\"token\":\"superhot\"},{\"token\":\"8k\"}]},{\"publisher\":\"unsloth\",\"source\":\"https://huggingface.co/unsloth\",\"prefixes\":[\"Meta-\"],\"strip\":[{\"token\":\"unsloth\"},{\"token\":\"dynamic\"}]},{\"publisher\":\"mlx-community\",\"source\":\"https://huggingface.co/mlx-community\",\"formats\":[\"safetensors\"],\"prefixes\":[\"Meta-\"]},{\"publisher\":\"ggml-org\",\"source\":\"https://huggingface.co/ggml-org\",\"formats\":[\"gguf\"]},{\"publisher\":\"lmstudio-community\",\"source\":\"https://huggingface.co/lmstudio-community\"},{\"publisher\":\"QuantFactory\",\"source\":\"https://huggingface.co/QuantFactory\"},{\"publisher\":\"city96\",\"source\":\"https://huggingface.co/city96\",\"strip\":[{\"token\":\"encoder\"}]},{\"publisher\":\"MaziyarPanahi\",\"source\":\"https://huggingface.co/MaziyarPanahi\"},{\"publisher\":\"Xenova\",\"source\":\"https://huggingface.co/Xenova\",\"formats\":[\"onnx\"]},{\"publisher\":\"onnx-community\",\"source\":\"https://huggingface.co/onnx-community\",\"formats\":[\"onnx\"],\"strip\":[{\"token\":\"web\"}]},{\"publisher\":\"mradermacher\",\"source\":\"https://huggingface.co/mradermacher\"},{\"publisher\":\"second-state\",\"source\":\"https://huggingface.co/second-state\"},{\"publisher\":\"NousResearch\",\"source\":\"https://huggingface.co/NousResearch\"},{\"publisher\":\"hugging-quants\",\"source\":\"https://huggingface.co/hugging-quants\"},{\"publisher\":\"neuralmagic\",\"source\":\"https://huggingface.co/neuralmagic\",\"strip\":[{\"token\":\"dynamic\"},{\"token\":\"quantized\"}]},{\"publisher\":\"RedHatAI\",\"source\":\"https://huggingface.co/RedHatAI\",\"strip\":[{\"token\":\"dynamic\"},{\"token\":\"quantized\"}]},{\"publisher\":\"TechxGenus\",\"source\":\"https://huggingface.co/TechxGenus\"},{\"publisher\":\"LoneStriker\",\"source\":\"https://huggingface.co/LoneStriker\"},{\"publisher\":\"solidrust\",\"source\":\"https://huggingface.co/solidrust\"},{\"publisher\":\"casperhansen\",\"source\":\"https://huggingface.co/casperhansen\"},{\"publisher\":\"mlc-ai\",\"source\":\"https://huggingface.co/mlc-ai\",\"prefixes\":[\"Meta-\"],\"strip\":[{\"token\":\"mlc\"},{\"token\":\"q[0-9]f{16,32}_[0-9]\"},{\"token\":\"q[0-9]f32\"}]},{\"publisher\":\"GPT4All-Community\",\"source\":\"https://huggingface.co/GPT4All-Community\",\"formats\":[\"gguf\"],\"prefixes\":[\"Meta-\"],\"strip\":[{\"token\":\"128k\"}]}]},\"ollama\":{\"quantizations\":[\"q[0-9]*\",\"iq[0-9]*\",\"fp16\",\"fp32\",\"bf16\"],\"default_variants\":[\"instruct\",\"chat\",\"it\"],\"ollama\":[{\"name\":\"olmo2\",\"source\":\"https://ollama.com/library/olmo2\",\"latest\":\"7b\",\"tags\":{\"1b\":\"allenai/OLMo-2-0425-1B\",\"7b\":\"allenai/OLMo-2-1124-7B-Instruct\",\"13b\":\"allenai/OLMo-2-1124-13B-Instruct\",\"32b\":\"allenai/OLMo-2-0325-32B-Instruct\"}},{\"name\":\"codellama\",\"source\":\"https://ollama.com/library/codellama\",\"latest\":\"7b\",\"tags\":{\"7b-code\":\"codellama/CodeLlama-7b-hf\",\"7b\":\"codellama/CodeLlama-7b-Instruct-hf\",\"7b-python\":\"codellama/CodeLlama-7b-Python-hf\",\"13b-code\":\"codellama/CodeLlama-13b-hf\",\"13b\":\"codellama/CodeLlama-13b-Instruct-hf\",\"13b-python\":\"codellama/CodeLlama-13b-Python-hf\",\"34b-code\":\"codellama/CodeLlama-34b-hf\",\"34b\":\"codellama/CodeLlama-34b-Instruct-hf\",\"34b-python\":\"codellama/CodeLlama-34b-Python-hf\",\"70b-code\":\"codellama/CodeLlama-70b-hf\",\"70b\":\"codellama/CodeLlama-70b-Instruct-hf\",\"70b-python\":\"codellama/CodeLlama-70b-Python-hf\"}},{\"name\":\"deepseek-v3\",\"source\":\"https://ollama.com/library/deepseek-v3\",\"latest\":\"671b\",\"tags\":{\"671b\":\"deepseek-ai/DeepSeek-V3\"}},{\"name\":\"deepseek-v3.1\",\"source\":\"https://ollama.com/library/deepseek-v3.1\",\"latest\":\"671b\",\"tags\":{\"671b\":\"deepseek-ai/DeepSeek-V3.1\"}},{\"name\":\"deepseek-r1\",\"source\":\"https://ollama.com/library/deepseek-r1\",\"latest\":\"8b\",\"tags\":{\"671b\":\"deepseek-ai/DeepSeek-R1-0528\",\"1.5b\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\",\"7b\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-7B\",\"14b\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-14B\",\"32b\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B\",\"70b\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-70B\",\"8b\":\"deepseek-ai/DeepSeek-R1-0528-Qwen3-8B\"}},{\"name\":\"deepseek-coder\",\"source\":\"https://ollama.com/library/deepseek-coder\",\"latest\":\"6.7b\",\"tags\":{\"1.3b\":\"deepseek-ai/deepseek-coder-1.3b-instruct\",\"6.7b\":\"deepseek-ai/deepseek-coder-6.7b-instruct\",\"33b\":\"deepseek-ai/deepseek-coder-33b-instruct\"}},{\"name\":\"deepseek-coder-v2\",\"source\":\"https://ollama.com/library/deepseek-coder-v2\",\"latest\":\"16b\",\"tags\":{\"16b\":\"deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct\",\"236b\":\"deepseek-ai/DeepSeek-Coder-V2-Instruct\"}},{\"name\":\"deepseek-llm\",\"source\":\"https://ollama.com/library/deepseek-llm\",\"latest\":\"7b\",\"tags\":{\"7b\":\"deepseek-ai/deepseek-llm-7b-chat\"}},{\"name\":\"bge-m3\",\"source\":\"https://ollama.com/library/bge-m3\",\"latest\":\"567m\",\"tags\":{\"567m\":\"BAAI/bge-m3\"}},{\"name\":\"nomic-embed-text\",\"source\":\"https://ollama.com/library/nomic-embed-text\",\"latest\":\"v1.5\",\"tags\":{\"v1.5\":\"nomic-ai/nomic-embed-text-v1.5\"}},{\"name\":\"mxbai-embed-large\",\"source\":\"https://ollama.com/library/mxbai-embed-large\",\"latest\":\"335m\",\"tags\":{\"335m\":\"mixedbread-ai/mxbai-embed-large-v1\"}},{\"name\":\"gemma\",\"source\":\"https://ollama.com/library/gemma\",\"latest\":\"7b\",\"tags\":{\"2b-text\":\"google/gemma-2b\",\"2b\":\"google/gemma-1.1-2b-it\",\"7b-text\":\"google/gemma-7b\",\"7b\":\"google/gemma-1.1-7b-it\"}},{\"name\":\"gemma2\",\"source\":\"https://ollama.com/library/gemma2\",\"latest\":\"9b\",\"tags\":{\"2b-text\":\"google/gemma-2-2b\",\"2b\":\"google/gemma-2-2b-it\",\"9b-text\":\"google/gemma-2-9b\",\"9b\":\"google/gemma-2-9b-it\",\"27b-text\":\"google/gemma-2-27b\",\"27b\":\"google/gemma-2-27b-it\"}},{\"name\":\"gemma3\",\"source\":\"https://ollama.com/library/gemma3\",\"latest\":\"4b\",\"tags\":{\"1b\":\"google/gemma-3-1b-it\",\"4b\":\"google/gemma-3-4b-it\",\"12b\":\"google/gemma-3-12b-it\",\"27b\":\"google/gemma-3-27b-it\",\"270m\":\"google/gemma-3-270m-it\"}},{\"name\":\"codegemma\",\"source\":\"https://ollama.com/library/codegemma\",\"latest\":\"7b\",\"tags\":{\"7b\":\"google/codegemma-7b-it\",\"2b\":\"google/codegemma-2b\",\"7b-code\":\"google/codegemma-7b\"}},{\"name\":\"granite3-dense\",\"source\":\"https://ollama.com/library/granite3-dense\",\"latest\":\"8b\",\"tags\":{\"2b\":\"ibm-granite/granite-3.0-2b-instruct\",\"8b\":\"ibm-granite/granite-3.0-8b-instruct\"}},{\"name\":\"granite3.1-dense\",\"source\":\"https://ollama.com/library/granite3.1-dense\",\"latest\":\"8b\",\"tags\":{\"2b\":\"ibm-granite/granite-3.1-2b-instruct\",\"8b\":\"ibm-granite/granite-3.1-8b-instruct\"}},{\"name\":\"granite3.2\",\"source\":\"https://ollama.com/library/granite3.2\",\"latest\":\"8b\",\"tags\":{\"2b\":\"ibm-granite/granite-3.2-2b-instruct\",\"8b\":\"ibm-granite/granite-3.2-8b-instruct\"}},{\"name\":\"granite3.3\",\"source\":\"https://ollama.com/library/granite3.3\",\"latest\":\"8b\",\"tags\":{\"2b\":\"ibm-granite/granite-3.3-2b-instruct\",\"8b\":\"ibm-granite/granite-3.3-8b-instruct\"}},{\"name\":\"granite3.2-vision\",\"source\":\"https://ollama.com/library/granite3.2-vision\",\"latest\":\"2b\",\"tags\":{\"2b\":\"ibm-granite/granite-vision-3.2-2b\"}},{\"name\":\"llama2\",\"source\":\"https://ollama.com/library/llama2\",\"latest\":\"7b\",\"tags\":{\"7b-text\":\"meta-llama/Llama-2-7b-hf\",\"7b\":\"meta-llama/Llama-2-7b-chat-hf\",\"13b-text\":\"meta-llama/Llama-2-13b-hf\",\"13b\":\"meta-llama/Llama-2-13b-chat-hf\",\"70b-text\":\"meta-llama/Llama-2-70b-hf\",\"70b\":\"meta-llama/Llama-2-70b-chat-hf\"}},{\"name\":\"llama3\",\"source\":\"https://ollama.com/library/llama3\",\"latest\":\"8b\",\"tags\":{\"8b-text\":\"meta-llama/Meta-Llama-3-8B\",\"8b\":\"meta-llama/Meta-Llama-3-8B-Instruct\",\"70b-text\":\"meta-llama/Meta-Llama-3-70B\",\"70b\":\"meta-llama/Meta-Llama-3-70B-Instruct\"}},{\"name\":\"llama3.1\",\"source\":\"https://ollama.com/library/llama3.1\",\"latest\":\"8b\",\"tags\":{\"8b\":\"meta-llama/Llama-3.1-8B-Instruct\",\"70b\":\"meta-llama/Llama-3.1-70B-Instruct\",\"405b\":\"meta-llama/Llama-3.1-405B-Instruct\",\"8b-text\":\"meta-llama/Llama-3.1-8B\",\"70b-text\":\"meta-llama/Llama-3.1-70B\",\"405b-text\":\"meta-llama/Llama-3.1-405B\"}},{\"name\":\"llama3.2\",\"source\":\"https://ollama.com/library/llama3.2\",\"latest\":\"3b\",\"tags\":{\"1b\":\"meta-llama/Llama-3.2-1B-Instruct\",\"3b\":\"meta-llama/Llama-3.2-3B-Instruct\",\"1b-text\":\"meta-llama/Llama-3.2-1B\",\"3b-text\":\"meta-llama/Llama-3.2-3B\"}},{\"name\":\"llama3.2-vision\",\"source\":\"https://ollama.com/library/llama3.2-vision\",\"latest\":\"11b\",\"tags\":{\"11b\":\"meta-llama/Llama-3.2-11B-Vision-Instruct\",\"90b\":\"meta-llama/Llama-3.2-90B-Vision-Instruct\"}},{\"name\":\"llama3.3\",\"source\":\"https://ollama.com/library/llama3.3\",\"latest\":\"70b\",\"tags\":{\"70b\":\"meta-llama/Llama-3.3-70B-Instruct\"}},{\"name\":\"llama4\",\"source\":\"https://ollama.com/library/llama4\",\"latest\":\"scout\",\"tags\":{\"scout\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"16x17b\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"maverick\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct\",\"128x17b\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct\"}},{\"name\":\"llama-guard2\",\"source\":\"https://ollama.com/library/llama-guard2\",\"latest\":\"8b\",\"tags\":{\"8b\":\"meta-llama/Meta-Llama-Guard-2-8B\"}},{\"name\":\"llama-guard3\",\"source\":\"https://ollama.com/library/llama-guard3\",\"latest\":\"8b\",\"tags\":{\"8b\":\"meta-llama/Llama-Guard-3-8B\",\"1b\":\"meta-llama/Llama-Guard-3-1B\"}},{\"name\":\"phi\",\"source\":\"https://ollama.com/library/phi\",\"latest\":\"2.7b\",\"tags\":{\"2.7b\":\"microsoft/phi-2\"}},{\"name\":\"phi3\",\"source\":\"https://ollama.com/library/phi3\",\"latest\":\"mini\",\"tags\":{\"mini\":\"microsoft/Phi-3-mini-4k-instruct\",\"3.8b\":\"microsoft/Phi-3-mini-4k-instruct\",\"medium\":\"microsoft/Phi-3-medium-4k-instruct\",\"14b\":\"microsoft/Phi-3-medium-4k-instruct\"}},{\"name\":\"phi3.5\",\"source\":\"https://ollama.com/library/phi3.5\",\"latest\":\"3.8b\",\"tags\":{\"3.8b\":\"microsoft/Phi-3.5-mini-instruct\"}},{\"name\":\"phi4\",\"source\":\"https://ollama.com/library/phi4\",\"latest\":\"14b\",\"tags\":{\"14b\":\"microsoft/phi-4\"}},{\"name\":\"phi4-mini\",\"source\":\"https://ollama.com/library/phi4-mini\",\"latest\":\"3.8b\",\"tags\":{\"3.8b\":\"microsoft/Phi-4-mini-instruct\"}},{\"name\":\"phi4-reasoning\",\"source\":\"https://ollama.com/library/phi4-reasoning\",\"latest\":\"14b\",\"tags\":{\"14b\":\"microsoft/Phi-4-reasoning\"}},{\"name\":\"mistral\",\"source\":\"https://ollama.com/library/mistral\",\"latest\":\"7b\",\"tags\":{\"7b-instruct-v0.2\":\"mistralai/Mistral-7B-Instruct-v0.2\",\"7b\":\"mistralai/Mistral-7B-Instruct-v0.3\",\"7b-instruct-v0.3\":\"mistralai/Mistral-7B-Instruct-v0.3\"}},{\"name\":\"mixtral\",\"source\":\"https://ollama.com/library/mixtral\",\"latest\":\"8x7b\",\"tags\":{\"8x7b\":\"mistralai/Mixtral-8x7B-Instruct-v0.1\",\"8x22b\":\"mistralai/Mixtral-8x22B-Instruct-v0.1\"}},{\"name\":\"codestral\",\"source\":\"https://ollama.com/library/codestral\",\"latest\":\"22b\",\"tags\":{\"22b\":\"mistralai/Codestral-22B-v0.1\"}},{\"name\":\"mathstral\",\"source\":\"https://ollama.com/library/mathstral\",\"latest\":\"7b\",\"tags\":{\"7b\":\"mistralai/Mathstral-7B-v0.1\"}},{\"name\":\"mistral-nemo\",\"source\":\"https://ollama.com/library/mistral-nemo\",\"latest\":\"12b\",\"tags\":{\"12b\":\"mistralai/Mistral-Nemo-Instruct-2407\"}},{\"name\":\"mistral-large\",\"source\":\"https://ollama.com/library/mistral-large\",\"latest\":\"123b\",\"tags\":{\"123b\":\"mistralai/Mistral-Large-Instruct-2411\"}},{\"name\":\"mistral-small\",\"source\":\"https://ollama.com/library/mistral-small\",\"latest\":\"24b\",\"tags\":{\"22b\":\"mistralai/Mistral-Small-Instruct-2409\",\"24b\":\"mistralai/Mistral-Small-24B-Instruct-2501\"}},{\"name\":\"mistral-small3.1\",\"source\":\"https://ollama.com/library/mistral-small3.1\",\"latest\":\"24b\",\"tags\":{\"24b\":\"mistralai/Mistral-Small-3.1-24B-Instruct-2503\"}},{\"name\":\"gpt-oss\",\"source\":\"https://ollama.com/library/gpt-oss\",\"latest\":\"20b\",\"tags\":{\"20b\":\"openai/gpt-oss-20b\",\"120b\":\"openai/gpt-oss-120b\"}},{\"name\":\"tinyllama\",\"source\":\"https://ollama.com/library/tinyllama\",\"latest\":\"1.1b\",\"tags\":{\"1.1b\":\"TinyLlama/TinyLlama-1.1B-Chat-v1.0\"}},{\"name\":\"starcoder2\",\"source\":\"https://ollama.com/library/starcoder2\",\"latest\":\"3b\",\"tags\":{\"3b\":\"bigcode/starcoder2-3b\",\"7b\":\"bigcode/starcoder2-7b\",\"15b\":\"bigcode/starcoder2-15b\"}},{\"name\":\"vicuna\",\"source\":\"https://ollama.com/library/vicuna\",\"latest\":\"7b\",\"tags\":{\"7b\":\"lmsys/vicuna-7b-v1.5\",\"13b\":\"lmsys/vicuna-13b-v1.5\"}},{\"name\":\"smollm2\",\"source\":\"https://ollama.com/library/smollm2\",\"latest\":\"1.7b\",\"tags\":{\"135m\":\"HuggingFaceTB/SmolLM2-135M-Instruct\",\"360m\":\"HuggingFaceTB/SmolLM2-360M-Instruct\",\"1.7b\":\"HuggingFaceTB/SmolLM2-1.7B-Instruct\"}},{\"name\":\"command-r\",\"source\":\"https://ollama.com/library/command-r\",\"latest\":\"35b\",\"tags\":{\"35b\":\"CohereLabs/c4ai-command-r-v01\"}},{\"name\":\"command-r-plus\",\"source\":\"https://ollama.com/library/command-r-plus\",\"latest\":\"104b\",\"tags\":{\"104b\":\"CohereLabs/c4ai-command-r-plus\"}},{\"name\":\"aya-expanse\",\"source\":\"https://ollama.com/library/aya-expanse\",\"latest\":\"8b\",\"tags\":{\"8b\":\"CohereLabs/aya-expanse-8b\",\"32b\":\"CohereLabs/aya-expanse-32b\"}},{\"name\":\"qwen2.5\",\"source\":\"https://ollama.com/library/qwen2.5\",\"latest\":\"7b\",\"tags\":{\"0.5b\":\"Qwen/Qwen2.5-0.5B-Instruct\",\"1.5b\":\"Qwen/Qwen2.5-1.5B-Instruct\",\"3b\":\"Qwen/Qwen2.5-3B-Instruct\",\"7b\":\"Qwen/Qwen2.5-7B-Instruct\",\"14b\":\"Qwen/Qwen2.5-14B-Instruct\",\"32b\":\"Qwen/Qwen2.5-32B-Instruct\",\"72b\":\"Qwen/Qwen2.5-72B-Instruct\"}},{\"name\":\"qwen2.5-coder\",\"source\":\"https://ollama.com/library/qwen2.5-coder\",\"latest\":\"7b\",\"tags\":{\"0.5b\":\"Qwen/Qwen2.5-Coder-0.5B-Instruct\",\"1.5b\":\"Qwen/Qwen2.5-Coder-1.5B-Instruct\",\"3b\":\"Qwen/Qwen2.5-Coder-3B-Instruct\",\"7b\":\"Qwen/Qwen2.5-Coder-7B-Instruct\",\"14b\":\"Qwen/Qwen2.5-Coder-14B-Instruct\",\"32b\":\"Qwen/Qwen2.5-Coder-32B-Instruct\"}},{\"name\":\"qwen2.5vl\",\"source\":\"https://ollama.com/library/qwen2.5vl\",\"latest\":\"7b\",\"tags\":{\"3b\":\"Qwen/Qwen2.5-VL-3B-Instruct\",\"7b\":\"Qwen/Qwen2.5-VL-7B-Instruct\",\"32b\":\"Qwen/Qwen2.5-VL-32B-Instruct\",\"72b\":\"Qwen/Qwen2.5-VL-72B-Instruct\"}},{\"name\":\"qwq\",\"source\":\"https://ollama.com/library/qwq\",\"latest\":\"32b\",\"tags\":{\"32b\":\"Qwen/QwQ-32B\"}},{\"name\":\"qwen2\",\"source\":\"https://ollama.com/library/qwen2\",\"latest\":\"7b\",\"tags\":{\"7b\":\"Qwen/Qwen2-7B-Instruct\",\"72b\":\"Qwen/Qwen2-72B-Instruct\",\"0.5b\":\"Qwen/Qwen2-0.5B-Instruct\",\"1.5b\":\"Qwen/Qwen2-1.5B-Instruct\"}},{\"name\":\"qwen3\",\"source\":\"https://ollama.com/library/qwen3\",\"latest\":\"8b\",\"tags\":{\"0.6b\":\"Qwen/Qwen3-0.6B\",\"1.7b\":\"Qwen/Qwen3-1.7B\",\"4b\":\"Qwen/Qwen3-4B\",\"8b\":\"Qwen/Qwen3-8B\",\"14b\":\"Qwen/Qwen3-14B\",\"32b\":\"Qwen/Qwen3-32B\",\"30b\":\"Qwen/Qwen3-30B-A3B\",\"235b\":\"Qwen/Qwen3-235B-A22B\"}},{\"name\":\"falcon\",\"source\":\"https://ollama.com/library/falcon\",\"latest\":\"7b\",\"tags\":{\"7b-text\":\"tiiuae/falcon-7b\",\"7b\":\"tiiuae/falcon-7b-instruct\",\"40b-text\":\"tiiuae/falcon-40b\",\"40b\":\"tiiuae/falcon-40b-instruct\",\"180b-text\":\"tiiuae/falcon-180B\",\"180b\":\"tiiuae/falcon-180B-chat\"}},{\"name\":\"falcon3\",\"source\":\"https://ollama.com/library/falcon3\",\"latest\":\"7b\",\"tags\":{\"1b\":\"tiiuae/Falcon3-1B-Instruct\",\"3b\":\"tiiuae/Falcon3-3B-Instruct\",\"7b\":\"tiiuae/Falcon3-7B-Instruct\",\"10b\":\"tiiuae/Falcon3-10B-Instruct\"}},{\"name\":\"gemma3n\",\"source\":\"https://ollama.com/library/gemma3n\",\"latest\":\"e4b\",\"tags\":{\"e2b\":\"google/gemma-3n-E2B-it\",\"e4b\":\"google/gemma-3n-E4B-it\"}},{\"name\":\"qwen\",\"source\":\"https://ollama.com/library/qwen\",\"latest\":\"4b\",\"tags\":{\"0.5b\":\"Qwen/Qwen1.5-0.5B-Chat\",\"1.8b\":\"Qwen/Qwen1.5-1.8B-Chat\",\"4b\":\"Qwen/Qwen1.5-4B-Chat\",\"7b\":\"Qwen/Qwen1.5-7B-Chat\",\"14b\":\"Qwen/Qwen1.5-14B-Chat\",\"32b\":\"Qwen/Qwen1.5-32B-Chat\",\"72b\":\"Qwen/Qwen1.5-72B-Chat\",\"110b\":\"Qwen/Qwen1.5-110B-Chat\"}},{\"name\":\"qwen3-coder\",\"source\":\"https://ollama.com/library/qwen3-coder\",\"latest\":\"30b\",\"tags\":{\"30b\":\"Qwen/Qwen3-Coder-30B-A3B-Instruct\",\"480b\":\"Qwen/Qwen3-Coder-480B-A35B-Instruct\"}},{\"name\":\"qwen3-embedding\",\"source\":\"https://ollama.com/library/qwen3-embedding\",\"latest\":\"4b\",\"tags\":{\"0.6b\":\"Qwen/Qwen3-Embedding-0.6B\",\"4b\":\"Qwen/Qwen3-Embedding-4B\",\"8b\":\"Qwen/Qwen3-Embedding-8B\"},\"unconfirmed\":\"the size `latest` points to was not read from the library page\"},{\"name\":\"llava\",\"source\":\"https://ollama.com/library/llava\",\"latest\":\"7b\",\"tags\":{\"7b\":\"llava-hf/llava-v1.6-mistral-7b-hf\",\"13b\":\"llava-hf/llava-v1.6-vicuna-13b-hf\"},\"unconfirmed\":\"the 7b and 13b tags are LLaVA 1.6 on Mistral-7B and Vicuna-13B per the library page; the 34b tag (on Nous-Hermes-2-Yi-34B) is not mapped\"},{\"name\":\"all-minilm\",\"source\":\"https://ollama.com/library/all-minilm\",\"latest\":\"22m\",\"tags\":{\"22m\":\"sentence-transformers/all-MiniLM-L6-v2\",\"33m\":\"sentence-transformers/all-MiniLM-L12-v2\",\"l6-v2\":\"sentence-transformers/all-MiniLM-L6-v2\",\"l12-v2\":\"sentence-transformers/all-MiniLM-L12-v2\"}},{\"name\":\"snowflake-arctic-embed\",\"source\":\"https://ollama.com/library/snowflake-arctic-embed\",\"latest\":\"335m\",\"tags\":{\"22m\":\"Snowflake/snowflake-arctic-embed-xs\",\"33m\":\"Snowflake/snowflake-arctic-embed-s\",\"110m\":\"Snowflake/snowflake-arctic-embed-m\",\"137m\":\"Snowflake/snowflake-arctic-embed-m-long\",\"335m\":\"Snowflake/snowflake-arctic-embed-l\"}},{\"name\":\"snowflake-arctic-embed2\",\"source\":\"https://ollama.com/library/snowflake-arctic-embed2\",\"latest\":\"568m\",\"tags\":{\"568m\":\"Snowflake/snowflake-arctic-embed-l-v2.0\"}},{\"name\":\"bge-large\",\"source\":\"https://ollama.com/library/bge-large\",\"latest\":\"335m\",\"tags\":{\"335m\":\"BAAI/bge-large-en-v1.5\"}},{\"name\":\"paraphrase-multilingual\",\"source\":\"https://ollama.com/library/paraphrase-multilingual\",\"latest\":\"278m\",\"tags\":{\"278m\":\"sentence-transformers/paraphrase-multilingual-mpnet-base-v2\"}},{\"name\":\"granite-embedding\",\"source\":\"https://ollama.com/library/granite-embedding\",\"latest\":\"278m\",\"tags\":{\"30m\":\"ibm-granite/granite-embedding-30m-english\",\"278m\":\"ibm-granite/granite-embedding-278m-multilingual\"},\"unconfirmed\":\"the size `latest` points to was not read from the library page\"},{\"name\":\"embeddinggemma\",\"source\":\"https://ollama.com/library/embeddinggemma\",\"latest\":\"300m\",\"tags\":{\"300m\":\"google/embeddinggemma-300m\"}},{\"name\":\"granite3.1-moe\",\"source\":\"https://ollama.com/library/granite3.1-moe\",\"latest\":\"3b\",\"tags\":{\"1b\":\"ibm-granite/granite-3.1-1b-a400m-instruct\",\"3b\":\"ibm-granite/granite-3.1-3b-a800m-instruct\"}},{\"name\":\"granite3-moe\",\"source\":\"https://ollama.com/library/granite3-moe\",\"latest\":\"3b\",\"tags\":{\"1b\":\"ibm-granite/granite-3.0-1b-a400m-instruct\",\"3b\":\"ibm-granite/granite-3.0-3b-a800m-instruct\"}},{\"name\":\"granite-code\",\"source\":\"https://ollama.com/library/granite-code\",\"latest\":\"3b\",\"tags\":{\"3b\":\"ibm-granite/granite-3b-code-instruct-2k\",\"8b\":\"ibm-granite/granite-8b-code-instruct-4k\",\"20b\":\"ibm-granite/granite-20b-code-instruct-8k\",\"34b\":\"ibm-granite/granite-34b-code-instruct-8k\"}},{\"name\":\"granite4\",\"source\":\"https://ollama.com/library/granite4\",\"latest\":\"micro\",\"tags\":{\"micro\":\"ibm-granite/granite-4.0-micro\",\"micro-h\":\"ibm-granite/granite-4.0-h-micro\",\"tiny-h\":\"ibm-granite/granite-4.0-h-tiny\",\"small-h\":\"ibm-granite/granite-4.0-h-small\"},\"unconfirmed\":\"the tag `latest` points to was not read from the library page\"},{\"name\":\"smollm\",\"source\":\"https://ollama.com/library/smollm\",\"latest\":\"1.7b\",\"tags\":{\"135m\":\"HuggingFaceTB/SmolLM-135M-Instruct\",\"360m\":\"HuggingFaceTB/SmolLM-360M-Instruct\",\"1.7b\":\"HuggingFaceTB/SmolLM-1.7B-Instruct\"}},{\"name\":\"starcoder\",\"source\":\"https://ollama.com/library/starcoder\",\"latest\":\"3b\",\"tags\":{\"1b\":\"bigcode/starcoderbase-1b\",\"3b\":\"bigcode/starcoderbase-3b\",\"7b\":\"bigcode/starcoderbase-7b\",\"15b\":\"bigcode/starcoder\"},\"unconfirmed\":\"the size `latest` points to was not read from the library page (every size is under the BigCode OpenRAIL-M license)\"},{\"name\":\"deepseek-v2\",\"source\":\"https://ollama.com/library/deepseek-v2\",\"latest\":\"16b\",\"tags\":{\"16b\":\"deepseek-ai/DeepSeek-V2-Lite-Chat\",\"236b\":\"deepseek-ai/DeepSeek-V2-Chat\"}},{\"name\":\"mistral-small3.2\",\"source\":\"https://ollama.com/library/mistral-small3.2\",\"latest\":\"24b\",\"tags\":{\"24b\":\"mistralai/Mistral-Small-3.2-24B-Instruct-2506\"}},{\"name\":\"devstral\",\"source\":\"https://ollama.com/library/devstral\",\"latest\":\"24b\",\"tags\":{\"24b\":\"mistralai/Devstral-Small-2505\"},\"unconfirmed\":\"newer devstral:24b builds follow Devstral-Small-2507 (same Apache-2.0 license)\"},{\"name\":\"magistral\",\"source\":\"https://ollama.com/library/magistral\",\"latest\":\"24b\",\"tags\":{\"24b\":\"mistralai/Magistral-Small-2506\"}},{\"name\":\"shieldgemma\",\"source\":\"https://ollama.com/library/shieldgemma\",\"latest\":\"9b\",\"tags\":{\"2b\":\"google/shieldgemma-2b\",\"9b\":\"google/shieldgemma-9b\",\"27b\":\"google/shieldgemma-27b\"},\"unconfirmed\":\"the size `latest` points to was not read from the library page\"},{\"name\":\"zephyr\",\"source\":\"https://ollama.com/library/zephyr\",\"latest\":\"7b\",\"tags\":{\"7b\":\"HuggingFaceH4/zephyr-7b-beta\",\"141b\":\"HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1\"}},{\"name\":\"openhermes\",\"source\":\"https://ollama.com/library/openhermes\",\"latest\":\"v2.5\",\"tags\":{\"v2.5\":\"teknium/OpenHermes-2.5-Mistral-7B\",\"v2\":\"teknium/OpenHermes-2-Mistral-7B\"}},{\"name\":\"command-r7b\",\"source\":\"https://ollama.com/library/command-r7b\",\"latest\":\"7b\",\"tags\":{\"7b\":\"CohereLabs/c4ai-command-r7b-12-2024\"}},{\"name\":\"command-a\",\"source\":\"https://ollama.com/library/command-a\",\"latest\":\"111b\",\"tags\":{\"111b\":\"CohereLabs/c4ai-command-a-03-2025\"}},{\"name\":\"aya\",\"source\":\"https://ollama.com/library/aya\",\"latest\":\"8b\",\"tags\":{\"8b\":\"CohereLabs/aya-23-8B\",\"35b\":\"CohereLabs/aya-23-35B\"}},{\"name\":\"yi\",\"source\":\"https://ollama.com/library/yi\",\"latest\":\"6b\",\"tags\":{\"6b\":\"01-ai/Yi-1.5-6B-Chat\",\"9b\":\"01-ai/Yi-1.5-9B-Chat\",\"34b\":\"01-ai/Yi-1.5-34B-Chat\"},\"unconfirmed\":\"the library page says the yi tags are Yi 1.5; the size `latest` points to was not read\"},{\"name\":\"moondream\",\"source\":\"https://ollama.com/library/moondream\",\"latest\":\"1.8b\",\"tags\":{\"1.8b\":\"vikhyatk/moondream2\"}},{\"name\":\"nemotron\",\"source\":\"https://ollama.com/library/nemotron\",\"latest\":\"70b\",\"tags\":{\"70b\":\"nvidia/Llama-3.1-Nemotron-70B-Instruct-HF\"}}]}},\"order\":[0,11,8,9,10,3,6,7,4,5,1,2,34,38,35,36,37,39,40,43,41,42,44,45,48,46,47,58,59,60,49,50,51,52,53,54,55,56,57,30,228,434,29,433,411,412,28,432,431,289,313,288,96,83,81,82,85,84,80,71,72,76,79,77,78,75,74,73,67,68,69,70,86,89,87,88,106,99,103,100,97,102,104,98,101,105,388,387,389,386,394,395,396,397,391,393,392,390,66,23,12,15,17,18,20,16,14,13,19,21,22,24,25,26,27,221,225,218,222,219,223,224,220,318,319,312,133,135,134,142,140,136,138,141,137,139,146,145,143,144,123,121,120,122,128,125,124,126,127,107,148,147,119,118,149,150,132,131,129,130,117,114,116,115,112,111,108,109,110,113,151,152,153,154,184,185,176,194,195,177,180,181,182,183,178,179,189,188,193,192,187,186,191,190,169,170,161,157,163,162,159,160,158,168,166,167,165,164,173,171,172,174,175,198,196,197,205,206,207,208,209,210,211,212,213,214,215,216,238,237,232,231,234,233,235,236,267,268,265,266,243,244,241,242,239,240,247,248,249,250,245,246,251,252,253,257,258,254,255,256,264,269,261,260,259,262,270,263,271,272,276,277,275,278,274,273,279,280,281,282,283,284,285,286,287,297,294,295,298,296,310,309,308,307,290,291,292,301,302,299,300,306,303,304,305,293,311,314,317,316,315,340,341,330,331,338,339,336,337,332,333,334,335,320,322,321,323,325,324,326,327,329,328,429,428,32,33,31,230,229,227,201,202,203,204,199,200,93,92,94,95,63,62,61,65,64,156,226,90,91,344,345,346,347,352,353,356,357,348,349,350,351,354,355,358,359,360,361,362,367,368,369,370,363,364,365,366,374,376,373,375,371,372,385,343,342,377,378,383,384,379,382,381,380,410,409,401,400,407,408,399,402,403,404,405,406,419,417,418,415,416,413,414,422,423,424,425,426,427,420,421,155,217,430,398]}";

;// CONCATENATED MODULE: ./src/catalog/glob.ts
/**
 * Case-insensitive globs over model names, matched in linear time (no backtracking): the pattern is compiled to a
 * small automaton and the name is read once, keeping the set of pattern positions reached (Thompson's simulation).
 *
 *   `*`        any run of characters, possibly empty
 *   `?`        one character
 *   `[a-z0-9]` one character of the class (`[!...]` negates)
 *   `{a,b,}`   one of the alternatives (may nest, may be empty); expanded when compiled
 *
 * Everything else matches itself, case-insensitively. Patterns come from the catalog's data files, names from code
 * a stranger wrote: a name costs O(length × pattern length) whatever it holds.
 */
/** Most alternatives one pattern may expand to. */
const MAX_EXPANSIONS = 512;
class GlobError extends Error {
}
/** Expand `{a,b}` alternatives (nesting allowed) into plain patterns. */
function expandBraces(pattern) {
    const open = pattern.indexOf('{');
    if (open < 0) {
        if (pattern.includes('}'))
            throw new GlobError(`unbalanced "}" in glob "${pattern}"`);
        return [pattern];
    }
    let depth = 0;
    let close = -1;
    const cuts = [];
    for (let i = open; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '{')
            depth++;
        else if (c === '}') {
            depth--;
            if (depth === 0) {
                close = i;
                break;
            }
        }
        else if (c === ',' && depth === 1)
            cuts.push(i);
    }
    if (close < 0)
        throw new GlobError(`unbalanced "{" in glob "${pattern}"`);
    const head = pattern.slice(0, open);
    const tails = expandBraces(pattern.slice(close + 1));
    const bounds = [open, ...cuts, close];
    const out = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
        for (const alt of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]))) {
            for (const tail of tails) {
                out.push(head + alt + tail);
                if (out.length > MAX_EXPANSIONS)
                    throw new GlobError(`glob "${pattern}" expands to more than ${MAX_EXPANSIONS} patterns`);
            }
        }
    }
    return out;
}
function classTest(body, pattern) {
    const negate = body.startsWith('!');
    const chars = (negate ? body.slice(1) : body).toLowerCase();
    if (!chars)
        throw new GlobError(`empty character class in glob "${pattern}"`);
    const ranges = [];
    for (let i = 0; i < chars.length; i++) {
        if (chars[i + 1] === '-' && i + 2 < chars.length) {
            ranges.push([chars[i], chars[i + 2]]);
            i += 2;
        }
        else
            ranges.push([chars[i], chars[i]]);
    }
    return (c) => ranges.some(([a, b]) => c >= a && c <= b) !== negate;
}
function tokenize(pattern) {
    const tokens = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            if (tokens[tokens.length - 1]?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (c === '?')
            tokens.push({ kind: 'any' });
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                throw new GlobError(`unclosed "[" in glob "${pattern}"`);
            tokens.push({ kind: 'class', test: classTest(pattern.slice(i + 1, end), pattern) });
            i = end;
        }
        else
            tokens.push({ kind: 'lit', ch: c.toLowerCase() });
    }
    return tokens;
}
function run(tokens, name) {
    const m = tokens.length;
    let cur = new Uint8Array(m + 1);
    let next = new Uint8Array(m + 1);
    // Epsilon closure: a star may match nothing.
    const close = (set) => {
        for (let j = 0; j < m; j++)
            if (set[j] && tokens[j].kind === 'star')
                set[j + 1] = 1;
    };
    cur[0] = 1;
    close(cur);
    for (let i = 0; i < name.length; i++) {
        const c = name[i];
        next.fill(0);
        let any = false;
        for (let j = 0; j < m; j++) {
            if (!cur[j])
                continue;
            const t = tokens[j];
            if (t.kind === 'star') {
                next[j] = 1;
                any = true;
            }
            else if (t.kind === 'any' || (t.kind === 'lit' ? t.ch === c : t.test(c))) {
                next[j + 1] = 1;
                any = true;
            }
        }
        if (!any)
            return false;
        close(next);
        [cur, next] = [next, cur];
    }
    return cur[m] === 1;
}
function alternative(tokens) {
    let p = 0;
    while (p < tokens.length && tokens[p].kind === 'lit')
        p++;
    let q = tokens.length;
    while (q > p && tokens[q - 1].kind === 'lit')
        q--;
    const lits = (from, to) => tokens
        .slice(from, to)
        .map((t) => t.ch)
        .join('');
    return {
        tokens,
        prefix: lits(0, p),
        suffix: lits(q, tokens.length),
        length: tokens.filter((t) => t.kind !== 'star').length,
        star: tokens.some((t) => t.kind === 'star'),
    };
}
function matches(a, lower) {
    if (a.star ? lower.length < a.length : lower.length !== a.length)
        return false;
    if (!lower.startsWith(a.prefix) || !lower.endsWith(a.suffix))
        return false;
    return run(a.tokens, lower);
}
function compileGlob(pattern) {
    const alternatives = expandBraces(pattern).map((p) => alternative(tokenize(p)));
    const literal = alternatives.filter((a) => !a.star);
    const testLower = (lower, onlyLiteral = false) => (onlyLiteral ? literal : alternatives).some((a) => matches(a, lower));
    return {
        source: pattern,
        test: (name) => testLower(name.toLowerCase()),
        testLiteral: (name) => testLower(name.toLowerCase(), true),
        testLower,
    };
}
/** Whether any of the globs matches (`literal`: only through alternatives without `*`). */
function anyGlob(globs, name, literal = false) {
    return globs.length > 0 && anyGlobLower(globs, name.toLowerCase(), literal);
}
/** `anyGlob` of a name already in lower case (a lookup asks every family rule's globs of one name). */
function anyGlobLower(globs, lower, literal = false) {
    return globs.some((g) => g.testLower(lower, literal));
}

;// CONCATENATED MODULE: ./src/catalog/catalog.ts



/** Ids that are already in normal form: no upper case, no space, nothing but ASCII (most ids and license ids). */
const NORMAL = /^[a-z0-9._:/@+-]*$/;
/**
 * Lower-case, trimmed form used for every comparison of ids and aliases. An id already in that form (tested
 * without a copy) is returned as it is: a large manifest looks up every id several times.
 */
function normId(id) {
    return NORMAL.test(id) ? id : id.trim().toLowerCase();
}
/** Longest repository name a rule is tried on (Hub names are at most 96 characters). */
const MAX_RULE_NAME = 200;
/** Longest address (host and path) a URL rule is tried on. */
const MAX_RULE_URL = 2048;
/**
 * An http(s) address: its host (after any user information) and its path, without port, query string and
 * fragment. Linear: each part is a run of characters that cannot start the next one.
 */
const HTTP_URL_RE = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:@]+)(?::\d*)?(\/[^?#]*)?/i;
/** The part of an address URL rules match (`host/path`, lower case), when `raw` is an http(s) address. */
function urlRuleKey(raw) {
    const m = HTTP_URL_RE.exec(raw);
    return m ? `${m[1]}${m[2] ?? ''}`.toLowerCase() : undefined;
}
/** Most answers remembered per catalog (a 10,000-model manifest and its base models fit). */
const MAX_MEMO = 50_000;
function compileFamily(rule) {
    return {
        rule,
        match: rule.match.map(compileGlob),
        exclude: (rule.exclude ?? []).map(compileGlob),
        exceptions: (rule.exceptions ?? []).map((e) => ({ facts: e, match: e.match.map(compileGlob) })),
    };
}
/** The built-in catalog: facts about licenses and models, loaded from YAML data. Works offline. */
class Catalog {
    order;
    licenses;
    models;
    rules;
    licenseIndex = new Map();
    idIndex = new Map();
    aliasIndex = new Map();
    /** Repository names (the part after `owner/`, and bare aliases) -> models, for re-uploads. */
    nameIndex = new Map();
    familyIndex = new Map();
    taskIndex = new Map();
    idOrderMemo;
    /**
     * Family and re-upload rules by publisher, compiled on first use: compiling every glob at start-up cost about
     * 30 ms of a run that may never ask (`rulesOf`, `reuploadOf`).
     */
    familyRaw = new Map();
    familyRules = new Map();
    allCompiled;
    reuploadRaw = new Map();
    reuploadRules = new Map();
    compiledQuant;
    compiledUrls;
    ollamaNames = new Map();
    ollamaDefaults;
    memo = new Map();
    /** license() answers by the label as given (null: none). */
    licenseMemo = new Map();
    /**
     * `order`, when given, is each model's place in the `localeCompare` order of the ids (as idOrder computes it): the
     * shipped catalog's is computed at build time.
     */
    constructor(licenses, models, rules = {}, order) {
        this.order = order;
        this.licenses = licenses;
        this.models = models;
        this.rules = rules;
        for (const l of licenses) {
            this.licenseIndex.set(normId(l.id), l);
            if (l.spdx)
                this.addLicenseKey(l.spdx, l);
            for (const a of l.aliases ?? [])
                this.addLicenseKey(a, l);
        }
        for (const m of models) {
            this.idIndex.set(normId(m.id), m);
            this.addName(m.id, m);
            for (const [index, key] of [
                [this.familyIndex, m.family],
                [this.taskIndex, m.task],
            ]) {
                if (!key)
                    continue;
                const list = index.get(key);
                if (list)
                    list.push(m);
                else
                    index.set(key, [m]);
            }
        }
        for (const m of models) {
            for (const a of m.aliases ?? []) {
                const k = normId(a);
                if (!this.idIndex.has(k) && !this.aliasIndex.has(k))
                    this.aliasIndex.set(k, m);
                if (!k.startsWith('ollama:'))
                    this.addName(a, m);
            }
        }
        for (const rule of rules.families ?? []) {
            const key = normId(rule.publisher);
            const list = this.familyRaw.get(key);
            if (list)
                list.push(rule);
            else
                this.familyRaw.set(key, [rule]);
        }
        for (const rule of rules.reuploads?.reuploads ?? [])
            this.reuploadRaw.set(normId(rule.publisher), rule);
        for (const o of rules.ollama?.ollama ?? [])
            this.ollamaNames.set(normId(o.name), o);
        this.ollamaDefaults = new Set((rules.ollama?.default_variants ?? []).map(normId));
    }
    /** The compiled family rules of one publisher (normalised). */
    rulesOf(publisher) {
        let list = this.familyRules.get(publisher);
        if (!list) {
            list = (this.familyRaw.get(publisher) ?? []).map(compileFamily);
            this.familyRules.set(publisher, list);
        }
        return list;
    }
    /** Every compiled family rule, in the data's order. */
    get allFamilyRules() {
        if (!this.allCompiled) {
            const byRule = new Map();
            for (const key of this.familyRaw.keys())
                for (const c of this.rulesOf(key))
                    byRule.set(c.rule, c);
            this.allCompiled = (this.rules.families ?? []).map((r) => byRule.get(r));
        }
        return this.allCompiled;
    }
    /** The compiled re-upload rule of one publisher (normalised). */
    reuploadOf(publisher) {
        let r = this.reuploadRules.get(publisher);
        if (!r) {
            const rule = this.reuploadRaw.get(publisher);
            if (!rule)
                return undefined;
            const strip = [...(this.rules.reuploads?.strip ?? []), ...(rule.strip ?? [])].map((t) => ({
                glob: compileGlob(t.token),
                format: t.format,
            }));
            r = { rule, strip };
            this.reuploadRules.set(publisher, r);
        }
        return r;
    }
    get ollamaQuant() {
        return (this.compiledQuant ??= (this.rules.ollama?.quantizations ?? []).map(compileGlob));
    }
    addLicenseKey(key, l) {
        const k = normId(key);
        if (!this.licenseIndex.has(k))
            this.licenseIndex.set(k, l);
    }
    addName(idOrAlias, m) {
        const name = normId(idOrAlias.slice(idOrAlias.indexOf('/') + 1));
        if (!name || name.includes('/'))
            return;
        const list = this.nameIndex.get(name);
        if (!list)
            this.nameIndex.set(name, [m]);
        else if (!list.includes(m))
            list.push(m);
    }
    /** A license by id, SPDX id or alias (case-insensitive). */
    license(idOrAlias) {
        if (!idOrAlias)
            return undefined;
        // (by the label as given: the rules ask for the same few labels tens of thousands of times in a large manifest)
        const known = this.licenseMemo.get(idOrAlias);
        if (known !== undefined)
            return known ?? undefined;
        const terms = this.licenseIndex.get(normId(idOrAlias));
        if (this.licenseMemo.size >= MAX_MEMO)
            this.licenseMemo.clear();
        this.licenseMemo.set(idOrAlias, terms ?? null);
        return terms;
    }
    /**
     * A model by id, alias, Ollama library name, family rule or re-upload rule, in that order (case-insensitive);
     * `hf.co/` and `https://huggingface.co/` prefixes, `:QUANT` tags and `ollama:` names with or without a tag are
     * understood. Undefined when nothing in the catalog covers the id.
     */
    lookup(idOrAlias) {
        if (!idOrAlias)
            return undefined;
        // by the id as given first: a large manifest asks for each of its ids several times, by the same string, whose
        // normal form (a new lower-case copy when it has capitals) need not be made and hashed again each time
        const asGiven = this.memo.get(idOrAlias);
        if (asGiven !== undefined)
            return asGiven ?? undefined;
        const key = normId(idOrAlias);
        let found = key === idOrAlias ? undefined : this.memo.get(key);
        if (found === undefined)
            found = this.find(idOrAlias.trim()) ?? null;
        if (this.memo.size >= MAX_MEMO)
            this.memo.clear();
        this.memo.set(key, found);
        if (key !== idOrAlias)
            this.memo.set(idOrAlias, found);
        return found ?? undefined;
    }
    /** A model by id or alias (case-insensitive), else by the catalog's rules: see `lookup()`. */
    model(idOrAlias) {
        return this.lookup(idOrAlias)?.model;
    }
    isKnownModel(id) {
        return this.lookup(id) !== undefined;
    }
    find(raw) {
        const ref = parseRef(raw);
        for (const k of ref.keys) {
            const exact = this.idIndex.get(k);
            if (exact)
                return { model: exact, match: 'exact' };
            const alias = this.aliasIndex.get(k);
            if (alias)
                return { model: alias, match: 'alias' };
        }
        if (ref.ollama)
            return this.ollama(ref.ollama.name, ref.ollama.tag);
        if (!ref.repo)
            return this.rules.urls?.length ? this.url(raw) : undefined;
        return this.family(ref.repo.owner, ref.repo.name) ?? this.reupload(ref.repo.owner, ref.repo.name);
    }
    /** Exact, alias or family answer for a Hub id (never a re-upload: bases are original checkpoints). */
    original(id) {
        const k = normId(id);
        const exact = this.idIndex.get(k);
        if (exact)
            return { model: exact, match: 'exact' };
        const alias = this.aliasIndex.get(k);
        if (alias)
            return { model: alias, match: 'alias' };
        const slash = id.indexOf('/');
        return slash > 0 ? this.family(id.slice(0, slash), id.slice(slash + 1)) : undefined;
    }
    /**
     * A URL rule's answer for an address outside the Hub: the catalog model whose files it covers (`alias`), or the
     * facts it states (`family`), the model's id being the address.
     */
    url(raw) {
        const key = urlRuleKey(raw);
        if (!key || key.length > MAX_RULE_URL)
            return undefined;
        this.compiledUrls ??= (this.rules.urls ?? []).map((rule) => ({
            rule,
            family: compileFamily({
                family: rule.model ?? '',
                publisher: '',
                license: '',
                ...rule,
                exceptions: undefined,
            }),
        }));
        for (const { rule, family } of this.compiledUrls) {
            const source = { kind: 'url', id: rule.id, source: rule.source };
            if (!rule.model) {
                const hit = familyHit(family, key, key, false, raw);
                if (hit)
                    return { ...hit, rule: source };
            }
            else if (anyGlobLower(family.match, key) && !anyGlobLower(family.exclude, key)) {
                const hit = this.original(rule.model);
                return hit && { model: hit.model, match: 'alias', rule: source, base: hit };
            }
        }
        return undefined;
    }
    family(owner, name) {
        if (name.length > MAX_RULE_NAME)
            return undefined;
        const lower = name.toLowerCase();
        for (const f of this.rulesOf(normId(owner))) {
            const hit = familyHit(f, name, lower);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /**
     * A family rule of any publisher that spells out `name` (a `*` does not count: `Qwen2.5-7B-Instruct-*` covers
     * Qwen's own variants, not a stranger's `Qwen2.5-7B-Instruct-abliterated`), when exactly one publisher's does.
     */
    familyByName(name) {
        const lower = name.toLowerCase();
        const hits = this.allFamilyRules
            .map((f) => familyHit(f, name, lower, true))
            .filter((h) => h !== undefined);
        const publishers = new Set(hits.map((h) => normId(h.model.publisher)));
        return publishers.size === 1 ? hits[0] : undefined;
    }
    /**
     * A model known by its bare repository name; `null` when owners under different licenses share the name
     * (ambiguous: nothing may be concluded), undefined when no catalog entry has it.
     */
    byName(name) {
        const list = this.nameIndex.get(normId(name));
        if (!list?.length)
            return undefined;
        // Copies in the catalog (a re-uploader's entry, or an entry whose base has the same name: a mirror such as
        // Efficient-Large-Model/gemma-2-2b-it) are never a base: the original is.
        const key = normId(name);
        const sameName = (b) => normId(b.slice(b.indexOf('/') + 1)) === key;
        const originals = list.filter((m) => !this.reuploadRaw.has(normId(m.publisher)) && !(m.base_model ?? []).some(sameName));
        if (!originals.length)
            return undefined;
        if (new Set(originals.map((m) => m.license)).size !== 1)
            return null;
        const m = originals.find((x) => !x.base_model?.length) ?? originals[0];
        return { model: m, match: 'exact' };
    }
    reupload(owner, name) {
        const r = this.reuploadOf(normId(owner));
        if (!r || name.length > MAX_RULE_NAME)
            return undefined;
        // Strip trailing quantisation and format tokens one at a time: Name-Q4_K_M-GGUF -> Name-Q4_K_M -> Name.
        const names = [name];
        const formats = new Set(r.rule.formats ?? []);
        let cur = name;
        for (;;) {
            const dash = cur.lastIndexOf('-');
            if (dash <= 0)
                break;
            const token = cur.slice(dash + 1);
            const hit = r.strip.find((s) => s.glob.test(token));
            if (!hit)
                break;
            if (hit.format)
                formats.add(hit.format);
            cur = cur.slice(0, dash);
            names.push(cur);
        }
        // The most stripped name is the base's; less stripped ones catch bases whose own name ends in such a token.
        for (const n of names.reverse()) {
            const base = this.reuploadBase(r.rule, n);
            if (base === null)
                return undefined;
            if (!base)
                continue;
            const b = base.model;
            const model = {
                id: `${r.rule.publisher}/${name}`,
                family: b.family,
                publisher: r.rule.publisher,
                license: b.license,
                base_model: [b.id],
                formats: [...formats].sort(),
                openness: 'open-weights',
                source: b.source,
            };
            if (b.task)
                model.task = b.task;
            if (b.multimodal !== undefined)
                model.multimodal = b.multimodal;
            return {
                model,
                match: 'reupload',
                rule: { kind: 'reupload', id: r.rule.publisher, source: r.rule.source },
                base,
            };
        }
        return undefined;
    }
    /** The base a copy named `name` was made from; `null` when the name is ambiguous. */
    reuploadBase(rule, name) {
        const sep = rule.namespace_separator;
        if (sep) {
            const at = name.indexOf(sep);
            if (at > 0) {
                const hit = this.original(`${name.slice(0, at)}/${name.slice(at + sep.length)}`);
                if (hit)
                    return hit;
            }
        }
        const forms = [name, ...(rule.prefixes ?? []).map((p) => p + name), ...(rule.suffixes ?? []).map((s) => name + s)];
        const own = (hit) => normId(hit.model.publisher) === normId(rule.publisher);
        // Catalog entries first (TheBloke's Llama-2-7B-Chat is meta-llama/Llama-2-7b-chat-hf), then family rules.
        for (const f of forms) {
            const hit = this.byName(f);
            if (hit === null)
                return null;
            if (hit && !own(hit))
                return hit;
        }
        for (const f of forms) {
            const hit = this.familyByName(f);
            if (hit && !own(hit))
                return hit;
        }
        return undefined;
    }
    ollama(name, tag) {
        const o = this.ollamaNames.get(normId(name));
        if (!o)
            return undefined;
        const wanted = normId(!tag || normId(tag) === 'latest' ? o.latest : tag);
        const tags = new Map(Object.entries(o.tags).map(([t, id]) => [normId(t), id]));
        let tokens = wanted.split('-');
        let target = tags.get(wanted);
        // 3b-instruct-q4_K_M -> 3b-instruct -> 3b
        while (!target && tokens.length > 1 && this.ollamaQuant.some((g) => g.test(tokens[tokens.length - 1]))) {
            tokens = tokens.slice(0, -1);
            target = tags.get(tokens.join('-'));
        }
        if (!target) {
            const plain = tokens.filter((t) => !this.ollamaDefaults.has(t));
            if (plain.length && plain.length < tokens.length)
                target = tags.get(plain.join('-'));
        }
        if (!target)
            return undefined;
        const hit = this.original(target);
        if (!hit)
            return undefined;
        return {
            model: hit.model,
            match: hit.match === 'family' ? 'family' : 'alias',
            rule: { kind: 'ollama', id: `${o.name}:${tag ?? 'latest'}`, source: o.source },
            base: hit.match === 'family' ? hit : undefined,
        };
    }
    /**
     * Each model's place in the `localeCompare` order of the catalog's ids, models whose ids compare equal sharing
     * one: comparing places is comparing ids (sorted once, not once per blocked model: a large manifest has hundreds).
     */
    idOrder() {
        if (!this.idOrderMemo && this.order?.length === this.models.length) {
            const given = this.order;
            this.idOrderMemo = new Map(this.models.map((m, i) => [m, given[i]]));
        }
        if (!this.idOrderMemo) {
            const sorted = [...this.models].sort((a, b) => a.id.localeCompare(b.id));
            const order = new Map();
            let place = 0;
            sorted.forEach((m, i) => {
                if (i && sorted[i - 1].id.localeCompare(m.id) !== 0)
                    place++;
                order.set(m, place);
            });
            this.idOrderMemo = order;
        }
        return this.idOrderMemo;
    }
    /**
     * Models that could replace `id` and that `accept` allows, best first: the same family, then the same task
     * (text generation, embeddings, text-to-image...), preferring the same publisher, kind (base, chat, vision)
     * and a similar size.
     */
    alternatives(id, accept, limit = 3) {
        const self = this.model(id);
        if (!self)
            return [];
        const pool = new Set([
            ...(this.familyIndex.get(self.family) ?? []),
            ...(self.task ? (this.taskIndex.get(self.task) ?? []) : []),
        ]);
        const size = paramsOf(self.id);
        // built on the first tie only: sorting the catalog's ids with localeCompare loads ICU's collation data (about
        // 10 ms of a small run's start)
        let order;
        const score = (m) => {
            const other = paramsOf(m.id);
            const near = size && other ? Math.abs(Math.log2(other / size)) : 3;
            return ((m.family === self.family ? 8 : 0) +
                (m.publisher === self.publisher ? 2 : 0) +
                (sameKind(self.id, m.id) ? 2 : 0) +
                Math.max(0, 3 - near));
        };
        const ranked = [...pool]
            .filter((m) => m !== self && accept(m))
            .map((m) => ({ m, s: score(m) }))
            .sort((a, b) => b.s - a.s || (order ??= this.idOrder()).get(a.m) - order.get(b.m));
        // Several sizes of the same family are useful; from other families, one each, for variety.
        const picked = [];
        const families = new Set();
        for (const { m } of ranked) {
            if (picked.length >= limit)
                break;
            if (m.family !== self.family && families.has(m.family))
                continue;
            families.add(m.family);
            picked.push(m);
        }
        return picked;
    }
}
/** Parameter count in billions read from an id (`...-7B-...`, `8x7b`), when it says. */
function paramsOf(id) {
    if (PARAMS.has(id))
        return PARAMS.get(id);
    const moe = /(\d+)x(\d+(?:\.\d+)?)b\b/i.exec(id);
    const m = moe ? undefined : /(?:^|[-_/])(\d+(?:\.\d+)?)([bm])(?:\b|[-_])/i.exec(id);
    const n = moe
        ? Number(moe[1]) * Number(moe[2])
        : m
            ? Number(m[1]) / (m[2].toLowerCase() === 'm' ? 1000 : 1)
            : undefined;
    if (PARAMS.size < 10_000)
        PARAMS.set(id, n);
    return n;
}
/** Sizes and kinds of catalog ids, read once each: alternatives score every model of a task for each blocked one. */
const PARAMS = new Map();
const KINDS = new Map();
function kindOf(s) {
    let k = KINDS.get(s);
    if (k === undefined) {
        k = /instruct|chat|-it\b/i.test(s) ? 'chat' : /vision|[-_]vl\b/i.test(s) ? 'vision' : 'base';
        if (KINDS.size < 10_000)
            KINDS.set(s, k);
    }
    return k;
}
function sameKind(a, b) {
    return kindOf(a) === kindOf(b);
}
/**
 * The family rule's answer for `name` (`lower`: the name in lower case, made once for all the rules asked);
 * `literal`: only names its globs spell out without `*` (for re-uploads); `id`: the synthesised model's (a URL
 * rule's answer is the address itself).
 */
function familyHit(f, name, lower, literal = false, id = `${f.rule.publisher}/${name}`) {
    if (!anyGlobLower(f.match, lower, literal) || anyGlobLower(f.exclude, lower))
        return undefined;
    const rule = f.rule;
    const facts = f.exceptions.find((e) => anyGlobLower(e.match, lower))?.facts ?? rule;
    const model = {
        id,
        family: facts.family ?? rule.family,
        publisher: rule.publisher,
        license: facts.license,
        formats: facts.formats ?? rule.formats ?? [],
        openness: facts.openness ?? rule.openness ?? 'open-weights',
        source: facts.source,
    };
    const task = facts.task ?? rule.task;
    if (task)
        model.task = task;
    const gated = facts.gated ?? rule.gated;
    if (gated !== undefined)
        model.gated = gated;
    const multimodal = facts.multimodal ?? rule.multimodal;
    if (multimodal !== undefined)
        model.multimodal = multimodal;
    const unconfirmed = facts.unconfirmed ?? rule.unconfirmed;
    if (unconfirmed)
        model.unconfirmed = unconfirmed;
    return { model, match: 'family', rule: { kind: 'family', id: rule.id, source: facts.source } };
}
const HUB_PREFIXES = [
    'https://huggingface.co/',
    'http://huggingface.co/',
    'https://hf.co/',
    'hf.co/',
    'huggingface.co/',
];
function parseRef(raw) {
    const id = normId(raw);
    const keys = [id];
    if (id.startsWith('ollama:')) {
        // Ollama names live in their own namespace: never fall back to a bare Hub alias.
        const name = id.slice('ollama:'.length);
        const colon = name.indexOf(':');
        if (colon < 0)
            keys.push(`ollama:${name}:latest`);
        if (name.endsWith(':latest'))
            keys.push(`ollama:${name.slice(0, -':latest'.length)}`);
        const bare = colon < 0 ? name : name.slice(0, colon);
        const tag = colon < 0 ? undefined : name.slice(colon + 1);
        // ollama:hf.co/org/repo-GGUF:Q4_K_M is a Hub repository pulled through Ollama.
        const hub = HUB_PREFIXES.some((p) => bare.startsWith(p));
        if (!hub)
            return { keys, ollama: { name: bare, tag } };
        const inner = parseRef(raw.trim().slice('ollama:'.length));
        return { ...inner, keys: [...keys, ...inner.keys] };
    }
    let original = raw.trim();
    const prefix = HUB_PREFIXES.find((p) => id.startsWith(p));
    if (prefix) {
        // hf.co/org/repo-GGUF:Q4_K_M names a quantisation of org/repo-GGUF; /tree/... and /resolve/... a file of it.
        original = original.slice(prefix.length);
        const noPrefix = id.slice(prefix.length);
        const repo = noPrefix
            .replace(/:[^/]*$/, '')
            .split('/')
            .slice(0, 2)
            .join('/');
        keys.push(noPrefix, repo);
        original = original
            .replace(/:[^/]*$/, '')
            .split('/')
            .slice(0, 2)
            .join('/');
    }
    const parts = original.split('/');
    if (parts.length === 2 && parts[0] && parts[1])
        return { keys, repo: { owner: parts[0], name: parts[1] } };
    return { keys };
}
function catalogDataDir() {
    return packagePath('src', 'catalog', 'data');
}
let shared;
/**
 * The shipped catalog (built once per process). Its data is bundled as JSON generated from the YAML files at
 * build time (.ci/build-data.mjs, validated against the catalog schemas there), so a run parses no YAML (and scan
 * workers load no YAML parser); catalog/read.ts reads the YAML files themselves (the build, the refresh, tests).
 */
function loadCatalog() {
    if (!shared) {
        const d = JSON.parse(CATALOG_JSON);
        shared = new Catalog(d.licenses, d.models, d.rules, d.order);
    }
    return shared;
}
/** Whether `c` is the shipped catalog of `loadCatalog()` (scan workers then build their own from the bundle). */
function isShippedCatalog(c) {
    return c === shared;
}

;// CONCATENATED MODULE: ./src/core/lines.ts
/** Maps offsets of a text to 1-based line and column. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        let i = text.indexOf('\n');
        while (i !== -1) {
            this.starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
    }
    /** 1-based line of an offset. */
    line(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    position(offset) {
        const line = this.line(offset);
        return { line, column: offset - this.starts[line - 1] + 1 };
    }
    lineStart(line) {
        return this.starts[line - 1] ?? this.text.length;
    }
    lineText(line) {
        const start = this.lineStart(line);
        const next = this.starts[line];
        return this.text.slice(start, next === undefined ? this.text.length : next - 1);
    }
    get lineCount() {
        return this.starts.length;
    }
}

;// CONCATENATED MODULE: ./src/scanners/common/text.ts


/**
 * The marker that suppresses references on its own line and the next line, after the comment syntax of any file
 * type the scanners read: `#` (Python, shell, YAML, .env, TOML, Dockerfile, Modelfile, .http), `//` and `/*`
 * (JavaScript, JSONC, .http), `<!--` (Markdown, HTML), `;` (.ini), `--` (SQL, Lua), `%` (LaTeX), `..` (reStructuredText).
 * `model-gate: ignore` and `model-gate-ignore` are both accepted.
 */
const SUPPRESS_RE = /(?:#|\/\/|\/\*|<!--|--|;|%|\.\.)[ \t]*model-gate(?::[ \t]*|-)ignore\b/g;
/**
 * 1-based lines whose references are suppressed: a marker suppresses its own line, and, when it stands on a
 * line of its own (a comment-only line), the next line too. Linear in the text: each line is judged once.
 */
function suppressedLines(text) {
    const out = new Set();
    if (!text.includes('model-gate'))
        return out;
    let index;
    let lastLine = -1;
    for (const m of text.matchAll(SUPPRESS_RE)) {
        index ??= new LineIndex(text);
        const at = m.index ?? 0;
        const line = index.line(at);
        if (line === lastLine)
            continue;
        lastLine = line;
        out.add(line);
        const start = index.lineStart(line);
        const lineText = index.lineText(line);
        const before = lineText.slice(0, at - start).trim();
        const block = m[0].startsWith('/*') || m[0].startsWith('<!--');
        // only the comment on its line (a template comment `{{/* ... */}}` too)
        if (before !== '' && !(block && (before === '{{' || before === '{{-')))
            continue;
        if (block) {
            // the comment must close on this line with nothing after it (`*/`, `-->`, Helm's `*/}}`)
            let r = lineText.slice(at - start + m[0].length).trimEnd();
            if (r.endsWith('}}')) {
                r = r.slice(0, -2);
                if (r.endsWith('-'))
                    r = r.slice(0, -1);
                r = r.trimEnd();
            }
            if (!r.endsWith('*/') && !r.endsWith('-->'))
                continue;
        }
        out.add(line + 1);
    }
    return out;
}
/**
 * The exact comment that suppresses a reference in a file of this type, written at the end of the line or on
 * the line above. Undefined for file types without comments (JSON): declare the model in the manifest instead.
 */
function suppressionHint(path) {
    const p = path.toLowerCase();
    const base = p.slice(p.lastIndexOf('/') + 1);
    const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
    if (ext === 'json' || ext === 'jsonl')
        return undefined;
    if (['md', 'markdown', 'mdx', 'html', 'htm', 'xml', 'svg'].includes(ext))
        return '<!-- model-gate: ignore -->';
    if (ext === 'rst')
        return '.. model-gate: ignore';
    if ([
        'js',
        'mjs',
        'cjs',
        'jsx',
        'ts',
        'mts',
        'cts',
        'tsx',
        'vue',
        'svelte',
        'jsonc',
        'json5',
        'go',
        'java',
        'kt',
        'scala',
        'c',
        'h',
        'cc',
        'cpp',
        'hpp',
        'cs',
        'rs',
        'swift',
        'dart',
        'php',
    ].includes(ext))
        return '// model-gate: ignore';
    if (ext === 'ini' || ext === 'cfg')
        return '; model-gate: ignore';
    if (['sql', 'lua', 'hs'].includes(ext))
        return '-- model-gate: ignore';
    if (ext === 'tex')
        return '% model-gate: ignore';
    if (ext === 'tpl' && p.includes('templates/'))
        return '{{/* model-gate: ignore */}}';
    // Python, notebooks (in the code cell), shell, YAML, TOML, .env, Dockerfile, Modelfile, Makefile, .http, text
    return '# model-gate: ignore';
}
/** Whether a reference on `line` is suppressed. */
function isSuppressed(lines, line) {
    return lines.size > 0 && lines.has(line);
}
/** Code-unit order: the same on every machine, whatever its locale. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Sorts by path, line, column, id; drops exact duplicates (keeping the one that names a revision). The order and
 * what is kept never depend on the order the references came in (files scanned in several threads, a file's
 * scanners in two of them): at one place, a load comes before a mention of the same id, a language's scanner
 * before the URL scanner.
 */
function text_sortAndDedupe(refs) {
    refs.sort((a, b) => cmp(a.path, b.path) ||
        a.line - b.line ||
        (a.column ?? 0) - (b.column ?? 0) ||
        cmp(a.id, b.id) ||
        cmp(a.revision ?? '', b.revision ?? '') ||
        precedence(a) - precedence(b) ||
        cmp(a.scanner, b.scanner));
    const out = [];
    for (const r of refs) {
        const prev = out[out.length - 1];
        if (prev && prev.path === r.path && prev.line === r.line && prev.column === r.column && prev.id === r.id) {
            if (!prev.revision && r.revision)
                out[out.length - 1] = precedence(prev) < precedence(r) ? { ...prev, revision: r.revision } : r;
            else if (prev.revision !== r.revision && r.revision)
                out.push(r);
            continue;
        }
        out.push(r);
    }
    return out;
}
/**
 * Which of two references to one id at one place is kept: a load before a mention, a language's scanner before the
 * URL scanner's.
 */
function precedence(r) {
    return (r.mention ? 2 : 0) + (r.scanner === 'url' ? 1 : 0);
}
/** Turns raw offsets of `text` into references of `path`, drops suppressed ones, sorts and dedupes. */
function finalize(text, path, scanner, raw) {
    if (raw.length === 0)
        return [];
    const index = new LineIndex(text);
    const suppressed = suppressedLines(text);
    const refs = [];
    for (const r of raw) {
        const { line, column } = index.position(r.offset);
        if (isSuppressed(suppressed, line))
            continue;
        refs.push(toReference(r, path, line, column, scanner));
    }
    return text_sortAndDedupe(refs);
}
/** A raw reference placed at `line:column` of `path`. */
function toReference(r, path, line, column, scanner) {
    const ref = { id: r.id, kind: r.kind, path, line, column, scanner };
    if (r.revision)
        ref.revision = r.revision;
    if (r.provider)
        ref.provider = r.provider;
    if (r.mention)
        ref.mention = true;
    if (r.packagePinned)
        ref.packagePinned = true;
    return ref;
}
/** A case-sensitive test for "contains one of these substrings", compiled once. */
function triggerTest(triggers) {
    const re = new RegExp(triggers.map(escapeRegExp).join('|'));
    return (text) => re.test(text);
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/scanners/limits.ts
/** Wall-clock milliseconds one scanner may spend on one file, unless `ScanContext.timeBudgetMs` says otherwise. */
const DEFAULT_TIME_BUDGET_MS = 10_000;
/** References one scanner returns for one file, unless `ScanContext.maxReferencesPerFile` says otherwise. */
const DEFAULT_MAX_REFERENCES = 1_000;
/**
 * Units of work a scanner may spend per character of its input (plus `BASE_STEPS`). Every scanner is linear:
 * it spends a few units per character; only a super-linear path, which is a bug, could reach this.
 */
const STEPS_PER_CHAR = 64;
const BASE_STEPS = 1_000_000;
/** How often (in units of work) the clock is read. */
const CHECK_EVERY = 4096;
/** A file over one of the scanners' limits: the reason is meant for the report's list of files not scanned. */
class ScanLimitError extends Error {
    limit;
    constructor(limit, message) {
        super(message);
        this.limit = limit;
        this.name = 'ScanLimitError';
    }
}
/** The scanner gave up on a file: over the time budget, or over the work budget. */
class ScanBudgetError extends ScanLimitError {
    constructor(limit, message) {
        super(limit, message);
        this.name = 'ScanBudgetError';
    }
}
/** A file holds more references than the cap: `output` carries the first ones, `found` how many there were. */
class ReferenceCapError extends ScanLimitError {
    output;
    found;
    constructor(output, found) {
        const kept = output.references.length;
        super('references', `${found.toLocaleString('en-US')} model references, over the cap of ${kept.toLocaleString('en-US')} per file: only the first ${kept.toLocaleString('en-US')} are reported`);
        this.output = output;
        this.found = found;
        this.name = 'ReferenceCapError';
    }
}
/**
 * The work budget of one scanner on one file: a step counter checked in the lexers' and analyzers' loops, and a
 * deadline read every few thousand steps. Throws `ScanBudgetError` when either runs out.
 */
class Budget {
    chars;
    steps = 0;
    limit;
    deadline;
    ms;
    next;
    constructor(chars, ctx) {
        this.chars = chars;
        this.limit = BASE_STEPS + STEPS_PER_CHAR * chars;
        this.ms = ctx?.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
        this.deadline = Date.now() + this.ms;
        this.next = Math.min(CHECK_EVERY, this.limit + 1);
    }
    /** Counts `n` units of work. */
    tick(n = 1) {
        this.steps += n;
        if (this.steps >= this.next)
            this.check();
    }
    check() {
        if (this.steps > this.limit) {
            throw new ScanBudgetError('work', `over the work budget (${this.limit.toLocaleString('en-US')} steps for ${this.chars.toLocaleString('en-US')} characters)`);
        }
        if (Date.now() > this.deadline) {
            throw new ScanBudgetError('time', `over the time budget (${formatMs(this.ms)} per file)`);
        }
        this.next = Math.min(this.steps + CHECK_EVERY, this.limit + 1);
    }
}
function formatMs(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
/** The references of a scan, cut at the cap (throws `ReferenceCapError` with the first ones). */
function capReferences(output, ctx) {
    const max = Math.max(0, ctx.maxReferencesPerFile ?? DEFAULT_MAX_REFERENCES);
    if (output.references.length <= max)
        return output;
    const found = output.references.length;
    throw new ReferenceCapError({ ...output, references: output.references.slice(0, max) }, found);
}
/**
 * Runs one scanner on one file and never throws: a file over the time or work budget, over the reference cap
 * (its first references are kept), or on which the scanner failed comes back with a `notScanned` reason that
 * the caller lists in the report. Nothing is silently dropped.
 */
function runScanner(scanner, content, path, ctx) {
    try {
        return scanner.scan(content, path, ctx);
    }
    catch (e) {
        const notScanned = (reason) => ({ path, scanner: scanner.name, reason });
        if (e instanceof ReferenceCapError)
            return { ...e.output, notScanned: notScanned(`${scanner.name} scanner: ${e.message}`) };
        if (e instanceof ScanLimitError)
            return { references: [], notScanned: notScanned(`${scanner.name} scanner: ${e.message}`) };
        const message = e instanceof Error ? e.message : String(e);
        return { references: [], notScanned: notScanned(`${scanner.name} scanner failed: ${message}`) };
    }
}

;// CONCATENATED MODULE: ./src/scanners/define.ts


/** Where each scanner is documented. */
const SCANNER_DOCS = 'https://github.com/model-gate/model-gate/blob/main/docs/scanners.md';
/**
 * A scanner from its analysis: applies the trigger pre-filter, gives the analysis a fresh work budget per file
 * (`ScanBudgetError` past it) and cuts its references at the cap (`ReferenceCapError`).
 */
function defineScanner(spec) {
    const hasTrigger = spec.triggers ? triggerTest(spec.triggers) : undefined;
    const { analyze, skip, ...meta } = spec;
    const scan = (content, path, ctx) => {
        if ((hasTrigger && !hasTrigger(content)) || skip?.(path))
            return { references: [] };
        return capReferences(analyze(content, path, ctx, new Budget(content.length, ctx)), ctx);
    };
    return {
        ...meta,
        url: `${SCANNER_DOCS}#${spec.name}`,
        scan,
        extract: (content, path, ctx) => scan(content, path, ctx).references,
    };
}

;// CONCATENATED MODULE: ./src/scanners/common/ids.ts
/** File extensions that make a `a/b.ext` string a file path rather than a Hub repo id. */
const FILE_EXT_RE = /\.(?:py|pyc|pyi|ipynb|js|mjs|cjs|ts|tsx|jsx|json|jsonl|ya?ml|toml|txt|md|rst|csv|tsv|parquet|arrow|gguf|ggml|bin|safetensors|pt|pth|ckpt|onnx|pb|h5|hdf5|keras|pkl|pickle|npy|npz|tar|gz|tgz|zip|bz2|xz|zst|7z|png|jpe?g|gif|svg|webp|mp3|wav|flac|mp4|html?|css|sh|bash|cfg|ini|conf|env|lock|log|xml|tflite|mlmodel|mlpackage|engine|plan|so|dll|dylib|exe|c|h|cc|cpp|go|rs|java|rb|php|lua|sql)$/i;
/** First path segments that are local directories, never Hub namespaces worth reporting. */
const LOCAL_NAMESPACES = new Set([
    'models',
    'model',
    'checkpoints',
    'checkpoint',
    'ckpt',
    'ckpts',
    'outputs',
    'output',
    'out',
    'weights',
    'data',
    'tmp',
    'temp',
    'cache',
    'runs',
    'work_dirs',
    'saved_models',
    'saved_model',
    'pretrained',
    'artifacts',
    'results',
    'experiments',
    'exp',
    'src',
    'lib',
    'assets',
    'resources',
    'local',
    'mnt',
    'home',
    'usr',
    'var',
    'opt',
    'workspace',
    'app',
    'build',
    'dist',
    'config',
    'configs',
    'scripts',
    'tests',
    'test',
    'node_modules',
]);
/**
 * LiteLLM / gateway provider prefixes: `groq/llama3-8b-8192` is an API route, not a Hub repository.
 * (`openai`, `google`, `meta-llama`, `mistralai` are real Hub publishers and are not listed.)
 */
/**
 * Names of model providers and serving tools that are never a model's name (not `mistral` or `deepseek`, which are
 * Ollama models too): two of them in one list make it a list of providers, and one alone is no
 * sentence-transformers name (`embedding_factory(provider="openai")`).
 */
const PROVIDER_NAMES = new Set([
    'openai',
    'azure',
    'azure-openai',
    'azureopenai',
    'anthropic',
    'ollama',
    'gemini',
    'vertex',
    'vertexai',
    'bedrock',
    'groq',
    'cohere',
    'huggingface',
    'togetherai',
    'together',
    'fireworksai',
    'fireworks',
    'openrouter',
    'lmstudio',
    'localai',
    'litellm',
    'koboldcpp',
    'perplexity',
    'xai',
    'novita',
    'nvidia-nim',
    'textgenwebui',
    'text-generation-webui',
    'llamacpp',
    'llama-cpp',
    'vllm',
]);
/** Whether a bare name is a provider's or a serving tool's (PROVIDER_NAMES), never a model's. */
function isProviderName(name) {
    return PROVIDER_NAMES.has(name.toLowerCase());
}
const PROVIDER_NAMESPACES = new Set([
    'anthropic',
    'azure',
    'azure_ai',
    'bedrock',
    'bedrock_converse',
    'vertex_ai',
    'vertex_ai_beta',
    'vertex',
    'gemini',
    'groq',
    'together_ai',
    'openrouter',
    'fireworks_ai',
    'perplexity',
    'replicate',
    'deepinfra',
    'anyscale',
    'cohere',
    'cohere_chat',
    'mistral',
    'xai',
    'cerebras',
    'sambanova',
    'nvidia_nim',
    'watsonx',
    'sagemaker',
    'cloudflare',
    'voyage',
    'databricks',
    'friendliai',
    'ai21',
    'aleph_alpha',
    'palm',
    'deepseek',
    'hosted_vllm',
    'litellm_proxy',
    'lm_studio',
    'github',
    'github_copilot',
    'text-completion-openai',
    'openai_like',
    'custom_openai',
    'vllm',
    'llamafile',
    'predibase',
    'nlp_cloud',
    'petals',
    'clarifai',
    'dashscope',
    'moonshot',
    'volcengine',
    'novita',
    'nebius',
    'featherless_ai',
    'lambda_ai',
    'hyperbolic',
    // Meta's models on hosted APIs (Replicate, Vertex AI Model Garden, NVIDIA NIM: `meta/llama-3.1-405b-instruct-maas`);
    // on the Hub Meta publishes as meta-llama and facebook
    'meta',
]);
/**
 * A segment that a reader is to replace (`meta-llama/your-model-path`, `YOUR_HF_USERNAME/model`,
 * `your-org/your-model`): an example, never a dependency.
 */
const PLACEHOLDER_SEGMENT_RE = /^your(?:[-_]|$)/i;
/**
 * A constant's name standing for a value the reader fills in (`SentenceTransformer("PATH_TO_MODEL")`,
 * `"MODEL_NAME"`, `"org/YOUR_MODEL_ID"`): capitals and underscores, naming a path, a model, a name or an id.
 */
const PLACEHOLDER_CONSTANT_RE = /^(?=[A-Z0-9_]*(?:PATH|MODEL|NAME|YOUR|DIR|REPO|ID))[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** A namespace that stands for the reader's own account (`username/test-submodel`). */
const PLACEHOLDER_NAMESPACE_RE = /^(?:hf[-_]?)?user(?:[-_]?name)?$/i;
/**
 * Values that are not names at all: "not applicable" (`gpu_model = "N/A"`), and the routes of HTTP APIs
 * (`api/tags`, `v1/models`, `v1beta/models`: a provider's model list, as ragflow's provider files write them).
 */
const NOT_A_NAME_RE = /^(?:n\/a|(?:api|v\d+(?:alpha|beta)?\d*)\/[\w.-]+)$/i;
/** Names of hosted-API models (OpenAI, Anthropic, Google, Cohere, ...), which are not Hub repositories. */
const API_MODEL_RE = /^(?:gpt-(?!2\b|j\b|neo|oss|sw3|sovits)[\w.-]*|gpt[0-9]o[\w.-]*|chatgpt[\w.-]*|o[1-9](?:-mini|-preview|-pro)?(?:-\d{4}-\d{2}-\d{2})?|claude[\w.-]*|text-embedding[\w.-]*|text-(?:davinci|curie|babbage|ada|moderation)[\w.-]*|davinci[\w.-]*|babbage[\w.-]*|dall-e[\w.-]*|whisper-1|tts-1[\w.-]*|gemini[\w.-]*|(?:chat|text|code)-bison[\w.-]*|textembedding-gecko[\w.-]*|command(?:-r|-light|-nightly|-a)?(?:-plus)?(?:-\d+)?|embed-(?:english|multilingual)[\w.-]*|rerank-(?:english|multilingual|v\d)[\w.-]*|sonar[\w.-]*|grok-[\w.-]*|titan-[\w.-]*|amazon\.[\w.-]*|anthropic\.[\w.-]*|voyage-[\w.-]*|deepseek-(?:chat|coder|reasoner)|mistral-(?:large|medium|small|tiny)-(?:latest|\d{4})|codestral-(?:latest|\d{4}))$/i;
/** Whether `s` has the shape of a Hub repo id `namespace/name`. */
function isHubIdShape(s) {
    const slash = s.indexOf('/');
    if (slash <= 0 || slash !== s.lastIndexOf('/') || s.length > 200)
        return false;
    const ns = s.slice(0, slash);
    const name = s.slice(slash + 1);
    if (NUMERIC_RE.test(ns) && (NUMERIC_RE.test(name) || RATE_UNIT_RE.test(name)))
        return false; // 3/4, 1/second, 100/day
    return isHubSegment(ns) && isHubSegment(name) && !FILE_EXT_RE.test(name);
}
const NUMERIC_RE = /^\d+(?:\.\d+)?$/;
/** Units of rate limits (`30/minute`, as slowapi and Flask-Limiter write them). */
const RATE_UNIT_RE = /^(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?)$/i;
function isHubSegment(seg) {
    return (/^[\w][\w.-]*$/.test(seg) && !seg.endsWith('.') && !seg.endsWith('-') && !seg.includes('..') && !seg.includes('--'));
}
/** Whether `s` reads as a file-system path (or a directory of the repository) rather than a model id. */
function isPathLike(s) {
    if (/^(?:\.{1,2}(?:[\\/]|$)|[\\/~$%]|[A-Za-z]:[\\/])/.test(s))
        return true;
    if (s.includes('\\'))
        return true;
    if (FILE_EXT_RE.test(s))
        return true;
    const slash = s.indexOf('/');
    if (slash > 0 && LOCAL_NAMESPACES.has(s.slice(0, slash).toLowerCase()))
        return true;
    return false;
}
/** Whether a (bare) name is a hosted-API model such as `gpt-4o` or `claude-3-5-sonnet`. */
function isApiModelName(name) {
    return API_MODEL_RE.test(name);
}
/** `hf-hub:org/x`, `hf://org/x`; not `hf://datasets/`, `hf://spaces/` nor `hf://buckets/` (storage buckets). */
const HF_HUB_PREFIX_RE = /^hf[-_]hub:|^hf:\/\/(?!datasets\/|spaces\/|buckets\/)/i;
const HF_HOST_RE = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/([\w.-]+)\/([\w.-]+)/i;
/** `hf.co/org/repo[:quant]` or `https://huggingface.co/org/repo[/...]` → `org/repo`. */
function hubIdFromHostPath(value) {
    const m = HF_HOST_RE.exec(value);
    if (!m)
        return undefined;
    const first = m[1].toLowerCase();
    if (NON_MODEL_HUB_SECTIONS.has(first))
        return undefined;
    const id = `${m[1]}/${trimDots(m[2])}`;
    return isHubIdShape(id) ? id : undefined;
}
/** Last segments of a `model_path` that name a local run's output, not a Hub repository. */
const LOCAL_OUTPUT_NAME_RE = /^(?:final|best|last|latest|merged|model|weights?|lora|adapters?|output|checkpoint(?:[-_]\d+)?|epoch[-_]?\d+|step[-_]?\d+|ckpt[-_]?\d*)$/i;
/**
 * Whether a key, keyword or flag names a model's path (`model_path`, `modelPath`, `--base-model-path`), which
 * holds a Hub id as often as a local folder: read as weak, and never a local run's output (`isRunOutput`).
 */
function isModelPathName(name) {
    return name.length <= 100 && /^(?:[a-z]+_)?model_path$/.test(snake(name.replace(/^-+/, '')));
}
/** Whether a path names a local run's output (`checkpoints/llava/final`, `runs/exp-3/checkpoint-500`). */
function isRunOutput(value) {
    return LOCAL_OUTPUT_NAME_RE.test(value.slice(value.lastIndexOf('/') + 1));
}
/** A name without its trailing dots (`name...` at the end of a sentence). Linear, where `/\.+$/` is not. */
function trimDots(s) {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 46)
        end--;
    return s.slice(0, end);
}
/** First path segments of huggingface.co addresses that are not model repositories. */
const NON_MODEL_HUB_SECTIONS = new Set([
    'datasets',
    'spaces',
    'docs',
    'blog',
    'papers',
    'settings',
    'models',
    'api',
    'join',
    'login',
    'logout',
    'pricing',
    'enterprise',
    'collections',
    'organizations',
    'posts',
    'learn',
    'tasks',
    'chat',
    'new',
    'new-dataset',
    'new-space',
    'new-collection',
    'inference-endpoints',
    'inference-api',
    'transformers',
    'course',
    'courses',
    'terms-of-service',
    'privacy',
    'oauth',
    'static-proxy',
    'front',
    'avatars',
    'storage',
    'changelog',
    'welcome',
    'notifications',
    'search',
    'mcp',
    'subscribe',
    'team',
    'jobs',
    'billing',
    'brand',
    'security',
    'support',
    'careers',
    'contact',
    'about',
    'status',
    'huggingchat',
    'inference',
    'hf-inference',
    'pro',
    'email_confirmation',
    'password',
    'code-of-conduct',
    'content-guidelines',
    'hardware',
    'compute',
    'leaderboard',
    'open-llm-leaderboard',
    'tos',
    'terms',
    'user',
    'users',
]);
/** Normalises an Ollama model name: `Llama3.1:8B` → `ollama:llama3.1:8b`; undefined when it is no Ollama name. */
const CAMEL_CASE_WORD_RE = /^[a-z]+[A-Z][A-Za-z]*$/;
function ollamaId(raw) {
    let v = raw.trim();
    if (/^ollama:/i.test(v))
        v = v.slice('ollama:'.length);
    else if (/^ollama(?:_chat)?\//i.test(v))
        v = v.slice(v.indexOf('/') + 1); // LiteLLM's route prefix
    // a camelCase word is a program's identifier (Flowise's `"llmModel": "chatOllama"` names its ChatOllama node):
    // Ollama's names are lower case
    if (CAMEL_CASE_WORD_RE.test(v))
        return undefined;
    v = v.toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)?(?::[a-z0-9][a-z0-9._-]*)?$/.test(v))
        return undefined;
    if (FILE_EXT_RE.test(v.split(':')[0]))
        return undefined;
    return `ollama:${v}`;
}
/**
 * Classifies a value given to an Ollama model parameter (`ollama run X`, `ChatOllama(model=X)`):
 * `hf.co/org/repo:Q4_K_M` is a Hub model, anything else an Ollama library name.
 */
function classifyOllama(value) {
    const v = value.trim();
    if (/^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//i.test(v)) {
        const id = hubIdFromHostPath(v);
        return id ? { id, kind: 'hub' } : undefined;
    }
    if (isPathLike(v) && !/^[\w.-]+(?:\/[\w.-]+)?:[\w.-]+$/.test(v))
        return undefined;
    const id = ollamaId(v);
    return id ? { id, kind: 'ollama' } : undefined;
}
/**
 * Decides whether a string value names a Hub model (or, via prefixes, an Ollama model) and returns its id.
 * Hub ids keep the case they are written in.
 */
function classifyModel(raw, strength, ctx, opts = {}) {
    const value = raw.trim();
    if (!value || value.length > 300 || /\s/.test(value))
        return undefined;
    const lead = raw.indexOf(value);
    const prefix = HF_HUB_PREFIX_RE.exec(value);
    if (prefix) {
        let id = value.slice(prefix[0].length);
        // hf://org/repo/file.gguf: the repository is the first two segments
        if (prefix[0].startsWith('hf:'))
            id = id.split('/').slice(0, 2).join('/');
        return isHubIdShape(id) ? { id, kind: 'hub', shift: lead + prefix[0].length } : undefined;
    }
    if (/^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//i.test(value)) {
        const id = hubIdFromHostPath(value);
        return id ? { id, kind: 'hub', shift: lead } : undefined;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return undefined;
    if (safeKnown(ctx, value) && !isPathLike(value))
        return { id: value, kind: 'hub', shift: lead };
    if (opts.litellm || strength === 'weak') {
        const m = /^(ollama|ollama_chat)\/(.+)$/.exec(value);
        if (m) {
            const o = ollamaId(m[2]);
            return o ? { id: o, kind: 'ollama', shift: lead } : undefined;
        }
        const hf = /^huggingface\/([\w.-]+\/[\w.-]+)$/.exec(value);
        if (hf && isHubIdShape(hf[1]))
            return { id: hf[1], kind: 'hub', shift: lead + 'huggingface/'.length };
    }
    if (isPathLike(value))
        return undefined;
    if (isHubIdShape(value)) {
        if (NOT_A_NAME_RE.test(value))
            return undefined;
        const [ns, name] = value.split('/');
        if (PLACEHOLDER_SEGMENT_RE.test(ns) ||
            PLACEHOLDER_SEGMENT_RE.test(name) ||
            PLACEHOLDER_NAMESPACE_RE.test(ns) ||
            PLACEHOLDER_CONSTANT_RE.test(name))
            return undefined;
        const provider = PROVIDER_NAMESPACES.has(ns.toLowerCase());
        // a gateway's route to an API model (`anthropic/claude-3-5-sonnet`) is no Hub repository, wherever it goes
        if (strength === 'weak' ? provider || isApiModelName(name) : provider && isApiModelName(name))
            return undefined;
        return { id: value, kind: 'hub', shift: lead };
    }
    if (opts.sentenceTransformers &&
        /^[\w][\w.-]*$/.test(value) &&
        !isApiModelName(value) &&
        !/^\d+$/.test(value) &&
        !isProviderName(value) &&
        !PLACEHOLDER_CONSTANT_RE.test(value)) {
        const id = `sentence-transformers/${value}`;
        if (isHubIdShape(id))
            return { id, kind: 'hub', shift: lead };
    }
    return undefined;
}
/** Whether the catalog knows an id; a context that throws knows nothing. */
function safeKnown(ctx, id) {
    try {
        return ctx.isKnownModel(id);
    }
    catch {
        return false;
    }
}
/** Whether a string names a Hub model by its prefix wherever it is written: `hf-hub:org/x`, `hf://org/x`. */
function isHubPrefixed(value) {
    return HF_HUB_PREFIX_RE.test(value);
}
/** Whether the catalog knows a string written somewhere (any position) as a Hub model: `namespace/name` only. */
function knownHubString(ctx, value) {
    return isHubIdShape(value) && !isPathLike(value) && safeKnown(ctx, value);
}
/** Strips a `:tag` (llama.cpp quantisation, Ollama tag) from `org/repo:Q4_K_M`. */
function stripQuantTag(value) {
    const i = value.indexOf(':');
    return i === -1 ? value : value.slice(0, i);
}
function snake(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/[-\s]+/g, '_')
        .toLowerCase();
}
const NOT_MODEL_WORDS = /(?:^|_)(?:datasets?|data|spaces?|outputs?|out|save|saved|dir|dirs|directory|folder|file|files|cache|log|logs|push|served|serve|provider|type|types|url|urls|uri|endpoint|version|revision|kwargs|args|class|cls|config|cfg|params|kind|family|format|dtype|max|size|len|length|port|host|key|token|secret|prefix|suffix|card|hub_model_id|path|paths|image|images|template|prompt|mode|index|count|list_url)(?:_|$)/;
const MODEL_WORDS = /(?:^|_)(?:model|models|checkpoint|checkpoints|ckpt|repo_id|repo_ids)(?:_(?:id|ids|name|names|name_or_path|repo|repo_id|repo_ids|tag))?$/;
/**
 * Whether an identifier (Python/JS variable, dict key, CLI flag without dashes, config key) is named like a
 * model id holder: `MODEL_ID`, `embedding_model`, `modelName`, `BASE_MODEL`, `checkpoint`, `repo_id`.
 * Names about outputs, datasets, directories, paths and API settings are not.
 */
function isModelishName(name) {
    if (name.length > 200)
        return false;
    let known = MODELISH_CACHE.get(name);
    if (known === undefined) {
        known = modelish(name);
        if (MODELISH_CACHE.size >= 4096)
            MODELISH_CACHE.clear();
        MODELISH_CACHE.set(name, known);
    }
    return known;
}
/**
 * Whether a table's name says that its keys are models: `HF_MODEL_ID_TO_FILENAMES`, `model2config`,
 * `FILES_BY_MODEL`, `weights_per_checkpoint` (the part before `_to_`/`2`, or after `_by_`/`_per_`, is
 * model-ish). Such a table maps the models a loader takes to what it needs for each.
 */
function isKeyedByModelName(name) {
    if (name.length > 200)
        return false;
    const s = snake(name);
    const to = /^(.+?)(?:_to_|2)[a-z]/.exec(s);
    if (to && isModelishName(to[1]))
        return true;
    const by = /_(?:by|per)_(.+)$/.exec(s);
    return !!by && isModelishName(by[1]);
}
/** Names repeat (`--model` on every line of a script): each is judged once. */
const MODELISH_CACHE = new Map();
function modelish(name) {
    const s = snake(name.replace(/^-+/, ''));
    if (s === 'model_name_or_path' || s === 'pretrained_model_name_or_path' || s === 'base_model_name_or_path')
        return true;
    if (s === 'hub_model_id' || NOT_MODEL_WORDS.test(s))
        return false;
    return MODEL_WORDS.test(s);
}
/**
 * Whether an environment variable names a model: `MODEL_ID`, `MODEL_NAME`, `HF_MODEL_ID`, `BASE_MODEL`,
 * `EMBEDDING_MODEL`, `OLLAMA_MODEL` (→ `ollama`). Not `MODEL_PATH`, `MODEL_DIR`, `SERVED_MODEL_NAME`, ...
 */
function modelEnvKind(name) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        return undefined;
    if (!isModelishName(name))
        return undefined;
    return /ollama/i.test(name) ? 'ollama' : 'hub';
}
/** Built-in torch.hub repositories of well-known models (GitHub `owner/repo`). */
const TORCH_HUB_MODEL_REPOS = new Set([
    'facebookresearch/dinov2',
    'facebookresearch/dino',
    'facebookresearch/detr',
    'facebookresearch/deit',
    'facebookresearch/pytorchvideo',
    'facebookresearch/WSL-Images',
    'facebookresearch/semi-supervised-ImageNet1K-models',
    'facebookresearch/swav',
    'facebookresearch/barlowtwins',
    'facebookresearch/vicreg',
    'facebookresearch/xcit',
    'facebookresearch/co-tracker',
    'facebookresearch/segment-anything',
    'facebookresearch/fairseq',
    'facebookresearch/sam2',
    'facebookresearch/ijepa',
    'facebookresearch/dinov3',
    'ultralytics/yolov5',
    'ultralytics/yolov3',
    'intel-isl/MiDaS',
    'isl-org/MiDaS',
    'snakers4/silero-models',
    'snakers4/silero-vad',
    'NVIDIA/DeepLearningExamples',
    'pytorch/vision',
    'pytorch/fairseq',
    'huggingface/pytorch-transformers',
    'hustvl/yolop',
    'mateuszbuda/brain-segmentation-pytorch',
    'rwightman/gen-efficientnet-pytorch',
    'datvuthanh/hybridnets',
    'openai/whisper',
    'WongKinYiu/yolov7',
    'harritaylor/torchvggish',
    'pytorch/audio',
    'bshall/hubert',
    'bshall/acoustic-model',
    'bshall/hifigan',
].map((s) => s.toLowerCase()));

;// CONCATENATED MODULE: ./src/scanners/common/json-scan.ts
function tokens(text, budget) {
    const out = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
        budget?.tick();
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            i++;
            continue;
        }
        if (c === '/' && text[i + 1] === '/') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end === -1 ? n : end + 2;
            continue;
        }
        if (c === '"' || c === "'") {
            let j = i + 1;
            let v = '';
            let raw = true;
            while (j < n && text[j] !== c && text[j] !== '\n') {
                if (text[j] === '\\') {
                    raw = false;
                    const e = text[j + 1];
                    v +=
                        e === 'n'
                            ? '\n'
                            : e === 't'
                                ? '\t'
                                : e === 'u'
                                    ? String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16) || 0xfffd)
                                    : (e ?? '');
                    j += e === 'u' ? 6 : 2;
                    continue;
                }
                j++;
            }
            // offsets of escaped strings are offsets of their first character; the value is what a parser reads
            out.push({ t: 's', v: raw ? text.slice(i + 1, Math.min(j, n)) : v, offset: i + 1 });
            i = j + 1;
            continue;
        }
        if ('{}[]:,'.includes(c)) {
            out.push({ t: c, v: c, offset: i });
            i++;
            continue;
        }
        let j = i;
        while (j < n &&
            !' \t\r\n{}[]:,"\''.includes(text[j]) &&
            !(text[j] === '/' && (text[j + 1] === '/' || text[j + 1] === '*')))
            j++;
        if (j === i)
            j++;
        out.push({ t: 'w', v: text.slice(i, j), offset: i });
        i = j;
    }
    return out;
}
/**
 * The string (and bare word) values of JSON-like text, with their keys. `ancestors`: patterns of keys whose
 * presence above a value is recorded in its `marks`. `containers`, when given, receives each key of an object whose
 * value is an array or an object (`"alias": []`, `"pricing": {...}`), with the object that holds it.
 */
function jsonEntries(text, budget, base = 0, ancestors = [], containers) {
    const toks = tokens(text, budget);
    const out = [];
    const markOf = (key) => {
        let m = 0;
        if (key !== undefined)
            ancestors.forEach((re, i) => (m |= re.test(key) ? 1 << i : 0));
        return m;
    };
    // stack of containers: objects carry the key being read, arrays the key that holds them
    const stack = [];
    let ids = 0;
    let pendingKey;
    for (let i = 0; i < toks.length; i++) {
        budget?.tick();
        const k = toks[i];
        const top = stack[stack.length - 1];
        if (k.t === '{' || k.t === '[') {
            const parentObject = [...stack.slice(-2)].reverse().find((f) => !f.array)?.id ?? -1;
            const key = top?.array ? top.key : pendingKey;
            if (containers && top && !top.array && pendingKey !== undefined)
                containers.push({ key: pendingKey, object: top.id });
            stack.push({ array: k.t === '[', key, id: ids++, parent: parentObject, marks: (top?.marks ?? 0) | markOf(key) });
            if (stack.length > 512)
                return out;
            pendingKey = undefined;
            continue;
        }
        if (k.t === '}' || k.t === ']') {
            stack.pop();
            pendingKey = undefined;
            continue;
        }
        if (k.t === ',' || k.t === ':')
            continue;
        // a string or a word
        if (top && !top.array && toks[i + 1]?.t === ':') {
            pendingKey = k.v;
            continue;
        }
        const key = (top?.array ? top.key : pendingKey) ?? '';
        pendingKey = undefined;
        if (!top)
            continue;
        const objectId = top.array ? top.parent : top.id;
        const parent = top.array ? -1 : top.parent;
        out.push({
            key,
            value: { text: k.v, offset: base + k.offset },
            item: top.array,
            object: objectId,
            parent,
            marks: top.marks,
            depth: stack.length,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scanners/common/output.ts

/** The output of a scan: references placed and suppressed (see `finalize`), facts placed at their lines. */
function outputOf(text, path, scanner, raw, extra = {}) {
    const references = finalize(text, path, scanner, raw);
    const uses = extra.uses ?? [];
    const env = extra.env ?? [];
    const fields = extra.fields ?? [];
    const fieldUses = extra.fieldUses ?? [];
    if (!uses.length && !env.length && !fields.length && !fieldUses.length)
        return { references };
    const index = new LineIndex(text);
    const facts = {};
    if (fields.length) {
        // a field on a suppressed line tells nothing
        const suppressed = suppressedLines(text);
        facts.fields = [];
        for (const f of fields) {
            const { line, column } = index.position(f.offset);
            if (isSuppressed(suppressed, line))
                continue;
            facts.fields.push({
                owner: f.owner,
                name: f.name,
                value: f.value,
                path,
                line,
                column,
                scanner,
            });
        }
    }
    if (fieldUses.length) {
        const seen = new Set();
        facts.fieldUses = [];
        for (const u of fieldUses) {
            const line = index.line(u.offset);
            const key = `${u.name}\0${u.mode}\0${u.strength}\0${line}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            facts.fieldUses.push({
                name: u.name,
                owners: u.owners,
                mode: u.mode,
                strength: u.strength,
                path,
                line,
            });
        }
    }
    if (uses.length) {
        const seen = new Set();
        facts.uses = [];
        for (const u of uses) {
            const line = index.line(u.offset);
            const key = `${u.name}\0${u.mode}\0${line}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            facts.uses.push({ name: u.name, mode: u.mode, path, line });
        }
    }
    if (env.length) {
        facts.env = env.map((d) => {
            const { line, column } = index.position(d.offset);
            return { name: d.name, value: d.value, path, line, column, scanner };
        });
    }
    return { references, facts };
}

;// CONCATENATED MODULE: ./src/scanners/types.ts
/**
 * How a value reaches a model parameter, which says how to read it: a Hub id (`hub`), a sentence-transformers
 * name (`st`, where a bare name means `sentence-transformers/NAME`), an Ollama name (`ollama`), or a library's own
 * name for a checkpoint the Hub publishes: a faster-whisper size (`faster-whisper`: `small` →
 * `Systran/faster-whisper-small`), an OpenAI Whisper size (`whisper`), a Coqui TTS name (`coqui`), an Ultralytics
 * weights file (`ultralytics`: `yolov8n.pt`), an OpenAI CLIP name (`clip`: `ViT-B/32`). A value set elsewhere (an
 * environment variable) can be read by any of them.
 */
const VALUE_MODES = [
    'hub',
    'st',
    'ollama',
    'faster-whisper',
    'whisper',
    'coqui',
    'ultralytics',
    'clip',
    'llama-index-embed',
];

;// CONCATENATED MODULE: ./src/scanners/common/table.ts
/**
 * A lookup table keyed by strings read from scanned files: without a prototype, so that a name such as
 * `constructor`, `toString` or `__proto__` written in a stranger's code is no key (a plain object literal answers
 * those with Object.prototype's functions).
 */
function table(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}

;// CONCATENATED MODULE: ./src/scanners/common/values.ts



const VALUE_MODE_SET = new Set(VALUE_MODES);
/**
 * OpenAI CLIP's names (`clip.load("ViT-B/32")`, openai/CLIP's `_MODELS`), whose weights the package downloads from
 * OpenAI's own storage, by the Hub repositories of the same checkpoints (MIT). The ResNet ones have none.
 */
const OPENAI_CLIP = table({
    'vit-b/32': 'openai/clip-vit-base-patch32',
    'vit-b/16': 'openai/clip-vit-base-patch16',
    'vit-l/14': 'openai/clip-vit-large-patch14',
    'vit-l/14@336px': 'openai/clip-vit-large-patch14-336',
});
/**
 * Ultralytics' weight names (`YOLO("yolov8n.pt")`), which the library downloads from its own release assets, by the
 * Hub repository that publishes the same checkpoints under the same (AGPL-3.0) terms. Other names (`yolov8n.yaml`
 * builds an untrained model, a path is local weights) name none.
 */
const ULTRALYTICS_HUB = [
    [/^yolov8[nsmlx]?(?:-(?:seg|pose|cls|obb|oiv7|world|worldv2))?\.pt$/, 'Ultralytics/YOLOv8'],
    [/^yolov5[nsmlx]6?u?(?:-(?:seg|cls))?\.pt$/, 'Ultralytics/YOLOv5'],
    [/^yolo11[nsmlx]?(?:-(?:seg|pose|cls|obb))?\.pt$/, 'Ultralytics/YOLO11'],
];
/**
 * Coqui TTS's model names (`TTS("tts_models/multilingual/multi-dataset/xtts_v2")`) whose weights the library
 * downloads from the Hub (TTS/.models.json `hf_url`); its other models come from Coqui's own release storage.
 */
const COQUI_HUB = table({
    'tts_models/multilingual/multi-dataset/xtts_v2': 'coqui/XTTS-v2',
    'tts_models/multilingual/multi-dataset/xtts_v1.1': 'coqui/XTTS-v1',
});
/** Whether a mode is one that a value set elsewhere (an environment variable) can be read by. */
function isValueMode(mode) {
    return VALUE_MODE_SET.has(mode);
}
/** faster-whisper's size names (faster_whisper/utils.py `_MODELS`), which whisperX uses too. */
const FASTER_WHISPER = table({
    'tiny.en': 'Systran/faster-whisper-tiny.en',
    tiny: 'Systran/faster-whisper-tiny',
    'base.en': 'Systran/faster-whisper-base.en',
    base: 'Systran/faster-whisper-base',
    'small.en': 'Systran/faster-whisper-small.en',
    small: 'Systran/faster-whisper-small',
    'medium.en': 'Systran/faster-whisper-medium.en',
    medium: 'Systran/faster-whisper-medium',
    'large-v1': 'Systran/faster-whisper-large-v1',
    'large-v2': 'Systran/faster-whisper-large-v2',
    'large-v3': 'Systran/faster-whisper-large-v3',
    large: 'Systran/faster-whisper-large-v3',
    'distil-large-v2': 'Systran/faster-distil-whisper-large-v2',
    'distil-medium.en': 'Systran/faster-distil-whisper-medium.en',
    'distil-small.en': 'Systran/faster-distil-whisper-small.en',
    'distil-large-v3': 'Systran/faster-distil-whisper-large-v3',
    'distil-large-v3.5': 'distil-whisper/distil-large-v3.5-ct2',
    'large-v3-turbo': 'mobiuslabsgmbh/faster-whisper-large-v3-turbo',
    turbo: 'mobiuslabsgmbh/faster-whisper-large-v3-turbo',
});
/** Whether a value is a size name of faster-whisper or Whisper (`small`, `large-v3`, `distil-large-v3`, `turbo`). */
function isWhisperSize(value) {
    const v = value.trim();
    return Object.hasOwn(FASTER_WHISPER, v) || Object.hasOwn(OPENAI_WHISPER, v);
}
/** openai-whisper's size names (`whisper.load_model`), as the Hub publishes the same checkpoints. */
const OPENAI_WHISPER = table({
    'tiny.en': 'openai/whisper-tiny.en',
    tiny: 'openai/whisper-tiny',
    'base.en': 'openai/whisper-base.en',
    base: 'openai/whisper-base',
    'small.en': 'openai/whisper-small.en',
    small: 'openai/whisper-small',
    'medium.en': 'openai/whisper-medium.en',
    medium: 'openai/whisper-medium',
    'large-v1': 'openai/whisper-large',
    'large-v2': 'openai/whisper-large-v2',
    'large-v3': 'openai/whisper-large-v3',
    large: 'openai/whisper-large-v3',
    'large-v3-turbo': 'openai/whisper-large-v3-turbo',
    turbo: 'openai/whisper-large-v3-turbo',
});
/**
 * Libraries' own names for checkpoints the Hub publishes, by value mode: `fold`, the library compares them in any
 * case; `hubIds`, it also takes a Hub id as it is (faster-whisper, Whisper through transformers); `packagePinned`,
 * a name downloads a file whose SHA-256 the package ships and checks (openai-whisper's `_download` and CLIP's take
 * it from the address, `.../<sha256>/base.pt`), so the package's version pins the weights.
 */
const LIBRARY_NAMES = {
    clip: { names: OPENAI_CLIP, fold: true, hubIds: false, packagePinned: true },
    coqui: { names: COQUI_HUB, fold: true, hubIds: false, packagePinned: false },
    'faster-whisper': { names: FASTER_WHISPER, fold: false, hubIds: true, packagePinned: false },
    whisper: { names: OPENAI_WHISPER, fold: false, hubIds: true, packagePinned: true },
};
/**
 * Families of the Ollama library. A bare name in a file that talks to Ollama, but not through a model
 * parameter of an Ollama client (a `"model"` entry of a request body, `DEFAULT_MODEL = ...`), is read as an
 * Ollama model only when it carries a tag (`name:tag`) or starts with one of these.
 */
const OLLAMA_FAMILY_RE = /^(?:llama|codellama|tinyllama|medllama|mistral|mixtral|codestral|devstral|magistral|ministral|qwen|qwq|codeqwen|gemma|codegemma|embeddinggemma|phi|deepseek|llava|bakllava|nomic-embed|mxbai-embed|all-minilm|snowflake-arctic-embed|bge-|granite|starcoder|vicuna|orca|neural-chat|zephyr|openchat|dolphin|wizard|command-r|yi|solar|falcon|stablelm|stable-code|smollm|moondream|minicpm|olmo|gpt-oss|nemotron|hermes|openhermes|nous-hermes|aya|internlm|cogito|exaone|athene|tulu|sqlcoder|dbrx|paraphrase-multilingual|llama-guard|shieldgemma|reader-lm|duckdb-nsql|notux|nexusraven|everythinglm|meditron|samantha|mathstral|mistrallite|firefunction|opencoder|marco-o1|r1-1776|kimi|glm)/;
/** The Hugging Face model LlamaIndex embeds with when told `embed_model="local"`. */
const LLAMA_INDEX_LOCAL_EMBED = 'BAAI/bge-small-en';
/** Whether a bare name reads as an Ollama library model (`llama3.2`, `qwen3:8b`, `nomic-embed-text`). */
function looksLikeOllamaLibrary(value) {
    const v = value.trim().toLowerCase();
    if (!ollamaId(v) || isApiModelName(v.split(':')[0]))
        return false;
    return v.includes(':') || OLLAMA_FAMILY_RE.test(v);
}
/** Whether a value can be a hosted API model id: one token, not a path. */
function hostedValue(value) {
    const v = value.trim();
    if (!v || v.length > 200 || /[\s{}$<>"'`]/.test(v))
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(?:\.{1,2}[\\/]|[\\/~])/.test(v))
        return undefined;
    return v;
}
/**
 * Reads a value by the way it reaches a model parameter. `strength` says how sure the syntax is (see
 * `classifyModel`); faster-whisper and Whisper size names map to the Hub repositories those libraries load.
 */
function values_classifyValue(value, mode, strength, ctx) {
    if (value.length > 300)
        return undefined;
    switch (mode) {
        case 'ollama':
            return classifyOllama(value);
        case 'st':
            return classifyModel(value, strength, ctx, { sentenceTransformers: true });
        case 'hub':
            return classifyModel(value, strength, ctx);
        case 'route':
            return classifyRoute(value);
        case 'ultralytics': {
            const v = value.trim().toLowerCase();
            for (const [re, id] of ULTRALYTICS_HUB)
                if (re.test(v))
                    return { id, kind: 'hub' };
            return undefined;
        }
        case 'llama-index-embed': {
            // LlamaIndex's resolve_embed_model: "local" is its default Hugging Face embedding model (BAAI/bge-small-en,
            // DEFAULT_HUGGINGFACE_EMBEDDING_MODEL in llama_index/core/embeddings/utils.py), "local:org/x" that model
            const v = value.trim();
            if (v === 'local')
                return { id: LLAMA_INDEX_LOCAL_EMBED, kind: 'hub' };
            if (!v.startsWith('local:'))
                return undefined;
            const cl = classifyModel(v.slice('local:'.length), 'strong', ctx);
            return cl ? { ...cl, shift: (cl.shift ?? 0) + value.indexOf('local:') + 'local:'.length } : undefined;
        }
        case 'clip':
        case 'coqui':
        case 'faster-whisper':
        case 'whisper': {
            const { names, fold, hubIds, packagePinned } = LIBRARY_NAMES[mode];
            const v = value.trim();
            const mapped = names[fold ? v.toLowerCase() : v];
            if (mapped)
                return packagePinned ? { id: mapped, kind: 'hub', packagePinned } : { id: mapped, kind: 'hub' };
            return hubIds && v.includes('/') && !isPathLike(v) && isHubIdShape(v) ? { id: v, kind: 'hub' } : undefined;
        }
        default: {
            const id = hostedValue(value);
            return id ? { id, kind: 'hosted', provider: mode.slice('hosted:'.length), shift: value.indexOf(id) } : undefined;
        }
    }
}
/** The provider of a hosted model id written without one (LiteLLM's bare names): `gpt-4o` → openai. */
function providerOfApiName(name) {
    const n = name.toLowerCase();
    if (/^(?:gpt-|gpt[0-9]o|chatgpt|o[1-9](?:-|$)|text-embedding|dall-e|whisper-1|tts-1|davinci|babbage)/.test(n))
        return 'openai';
    if (n.startsWith('claude'))
        return 'anthropic';
    if (n.startsWith('gemini') || n.startsWith('text-bison') || n.startsWith('chat-bison'))
        return 'google';
    if (/^(?:command|embed-(?:english|multilingual)|rerank-)/.test(n))
        return 'cohere';
    if (/^(?:mistral-(?:large|medium|small|tiny)|codestral-|open-mistral|open-mixtral)/.test(n))
        return 'mistral';
    if (n.startsWith('grok-'))
        return 'xai';
    if (n.startsWith('sonar'))
        return 'perplexity';
    if (/^(?:anthropic|amazon|ai21|cohere|meta|mistral)\.[\w.:-]+$/.test(n))
        return 'bedrock';
    return undefined;
}
/** LiteLLM / gateway route prefixes that name a hosted provider: `groq/llama3-8b-8192` → groq. */
const ROUTE_PROVIDERS = table({
    openai: 'openai',
    azure: 'azure-openai',
    azure_ai: 'azure-ai',
    anthropic: 'anthropic',
    bedrock: 'bedrock',
    bedrock_converse: 'bedrock',
    vertex_ai: 'vertex-ai',
    vertex_ai_beta: 'vertex-ai',
    gemini: 'google',
    groq: 'groq',
    together_ai: 'together',
    openrouter: 'openrouter',
    fireworks_ai: 'fireworks',
    perplexity: 'perplexity',
    replicate: 'replicate',
    deepinfra: 'deepinfra',
    cohere: 'cohere',
    cohere_chat: 'cohere',
    mistral: 'mistral',
    xai: 'xai',
    cerebras: 'cerebras',
    sambanova: 'sambanova',
    watsonx: 'watsonx',
    sagemaker: 'sagemaker',
    deepseek: 'deepseek',
    databricks: 'databricks',
    nvidia_nim: 'nvidia-nim',
    voyage: 'voyage',
});
/**
 * A LiteLLM route (`provider/model`, or a bare hosted name): `ollama/x` → Ollama, `huggingface/org/x` → Hub,
 * `groq/x` → hosted on groq, `gpt-4o` → hosted on openai. Undefined when it names none of these.
 */
function classifyRoute(value) {
    const v = value.trim();
    const slash = v.indexOf('/');
    if (slash > 0) {
        const prefix = v.slice(0, slash).toLowerCase();
        const rest = v.slice(slash + 1);
        if (prefix === 'ollama' || prefix === 'ollama_chat') {
            const o = ollamaId(rest);
            return o ? { id: o, kind: 'ollama', shift: slash + 1 } : undefined;
        }
        if (prefix === 'huggingface') {
            return isHubIdShape(rest) ? { id: rest, kind: 'hub', shift: slash + 1 } : undefined;
        }
        const provider = ROUTE_PROVIDERS[prefix];
        if (provider && hostedValue(rest))
            return { id: rest, kind: 'hosted', provider, shift: slash + 1 };
        return undefined;
    }
    if (isApiModelName(v)) {
        const provider = providerOfApiName(v);
        if (provider)
            return { id: v, kind: 'hosted', provider };
    }
    return undefined;
}
/** LangChain's provider names (`init_chat_model(model, model_provider=...)`, `"provider:model"`) → how their models read. */
const LANGCHAIN_PROVIDERS = table({
    openai: 'hosted:openai',
    anthropic: 'hosted:anthropic',
    azure_openai: 'hosted:azure-openai',
    azure_ai: 'hosted:azure-ai',
    google_vertexai: 'hosted:vertex-ai',
    google_anthropic_vertex: 'hosted:vertex-ai',
    google_genai: 'hosted:google',
    bedrock: 'hosted:bedrock',
    bedrock_converse: 'hosted:bedrock',
    cohere: 'hosted:cohere',
    fireworks: 'hosted:fireworks',
    together: 'hosted:together',
    mistralai: 'hosted:mistral',
    groq: 'hosted:groq',
    deepseek: 'hosted:deepseek',
    ibm: 'hosted:watsonx',
    nvidia: 'hosted:nvidia-nim',
    xai: 'hosted:xai',
    perplexity: 'hosted:perplexity',
    huggingface: 'hub',
    ollama: 'ollama',
});
/**
 * A model of LangChain's `init_chat_model` / `initChatModel`: `model_provider` names the provider, or the value
 * does (`"ollama:llama3.2"`), or LangChain infers it from the name (`gpt-4o` → openai).
 */
function classifyChatModel(value, provider, ctx) {
    let v = value.trim();
    let shift = value.indexOf(v);
    let p = provider;
    const colon = v.indexOf(':');
    if (!p && colon > 0 && LANGCHAIN_PROVIDERS[v.slice(0, colon)]) {
        p = v.slice(0, colon);
        v = v.slice(colon + 1);
        shift += colon + 1;
    }
    const mode = p
        ? LANGCHAIN_PROVIDERS[p]
        : isApiModelName(v) && providerOfApiName(v)
            ? `hosted:${providerOfApiName(v)}`
            : undefined;
    if (!mode)
        return undefined;
    const cl = values_classifyValue(v, mode, 'strong', ctx);
    return cl ? { ...cl, shift: (cl.shift ?? 0) + shift } : undefined;
}

;// CONCATENATED MODULE: ./src/scanners/common/yaml-lite.ts
/** Flow sequences spanning more lines than this are cut. */
const MAX_FLOW_LINES = 200;
function isSpace(c) {
    return c === ' ' || c === '\t';
}
/** Splits `text` into lines (without `\r`), with the offset of each, `base` added to every offset. */
function splitLines(text, base, budget) {
    const lines = [];
    let pos = 0;
    while (pos <= text.length) {
        budget?.tick();
        const nl = text.indexOf('\n', pos);
        let end = nl === -1 ? text.length : nl;
        const cut = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        lines.push({ start: base + pos, text: text.slice(pos, cut) });
        if (nl === -1)
            break;
        end = nl;
        pos = end + 1;
    }
    return lines;
}
/**
 * The key of a mapping entry at `col` of `line` and where its value starts, or undefined when the line holds
 * no key there. A key is quoted, or plain: it does not start with an indicator, holds no ` #`, and ends at the
 * first `:` followed by a space or the line end.
 */
function readKey(line, col) {
    const c = line[col];
    let key;
    let keyStart = col;
    let after;
    if (c === '"' || c === "'") {
        const close = line.indexOf(c, col + 1);
        if (close === -1)
            return undefined;
        if (c === '"' && line.lastIndexOf('\\', close) > col)
            return undefined;
        key = line.slice(col + 1, close);
        keyStart = col + 1;
        after = close + 1;
        while (isSpace(line[after]))
            after++;
        if (line[after] !== ':')
            return undefined;
    }
    else {
        if (c === undefined || '\t #\'"{[]&*!|>%@`,'.includes(c))
            return undefined;
        if (c === '-' &&
            (col + 1 >= line.length || line[col + 1] === ' ' || line[col + 1] === '#' || line[col + 1] === '\t'))
            return undefined;
        let j = col;
        const hash = line.indexOf('#', col);
        for (;;) {
            const colon = line.indexOf(':', j);
            if (colon === -1)
                return undefined;
            if (hash !== -1 && hash < colon)
                return undefined;
            if (colon + 1 >= line.length || isSpace(line[colon + 1])) {
                after = colon;
                break;
            }
            j = colon + 1;
        }
        let end = after;
        while (end > col && isSpace(line[end - 1]))
            end--;
        key = line.slice(col, end);
    }
    let rest = after + 1;
    while (isSpace(line[rest]))
        rest++;
    return { key, keyStart, rest };
}
/** Whether the line, from `col`, is a template action of its own (`{{- if .Values.x }}`, a template comment). */
function isTemplateLine(line, col) {
    return line.startsWith('{{', col);
}
function yamlEvents(text, budget, base = 0) {
    const events = [];
    const lines = splitLines(text, base, budget);
    for (let li = 0; li < lines.length; li++) {
        budget?.tick();
        const { start, text: line } = lines[li];
        let col = 0;
        while (col < line.length && line[col] === ' ')
            col++;
        if (col >= line.length || line[col] === '#' || isTemplateLine(line, col))
            continue;
        if ((line.startsWith('---', col) || line.startsWith('...', col)) &&
            (col + 3 >= line.length || isSpace(line[col + 3])))
            continue;
        const lineIndent = col;
        let item = false;
        while (line[col] === '-' && (col + 1 >= line.length || line[col + 1] === ' ')) {
            item = true;
            col += 1;
            while (col < line.length && line[col] === ' ')
                col++;
        }
        const ev = { indent: col, item, line: li };
        let rest = col;
        const km = readKey(line, col);
        if (km) {
            ev.key = km.key;
            ev.keyOffset = start + km.keyStart;
            rest = km.rest;
        }
        // anchors and tags before the value
        for (let guard = 0; guard < 3; guard++) {
            const c = line[rest];
            if (c !== '&' && c !== '!')
                break;
            let j = rest + 1;
            while (j < line.length && !isSpace(line[j]))
                j++;
            if (c === '&' && j === rest + 1)
                break;
            if (!isSpace(line[j]))
                break;
            while (isSpace(line[j]))
                j++;
            rest = j;
        }
        if (rest >= line.length || line[rest] === '#') {
            if (ev.key !== undefined || ev.item)
                events.push(ev);
            continue;
        }
        const c = line[rest];
        if (c === '|' || c === '>') {
            // block scalar: the lines indented more than its parent (the key, or the dash of a list item)
            const parent = ev.key !== undefined ? ev.indent : lineIndent;
            let lj = li + 1;
            let last = li;
            while (lj < lines.length) {
                budget?.tick();
                const l = lines[lj].text;
                let ind = 0;
                while (ind < l.length && (l[ind] === ' ' || l[ind] === '\t'))
                    ind++;
                if (ind === l.length) {
                    lj++;
                    continue;
                }
                if (ind <= parent)
                    break;
                last = lj;
                lj++;
            }
            if (last > li) {
                const bstart = lines[li + 1].start;
                const bend = lines[last].start + lines[last].text.length;
                ev.block = { start: bstart, end: bend };
                li = last;
            }
            events.push(ev);
            continue;
        }
        if (c === '{' && line[rest + 1] === '{') {
            ev.value = scalar(line, rest, start);
            events.push(ev);
            continue;
        }
        if (c === '[') {
            const { items, endLine } = flowSequence(lines, li, rest, budget);
            ev.flow = items;
            events.push(ev);
            li = endLine;
            continue;
        }
        if (c === '{') {
            // flow mapping on one line: emit its pairs as keyed events at a deeper indent
            events.push(ev);
            for (const p of flowMapping(line, rest, start, budget)) {
                events.push({ indent: col + 2, item: false, key: p.key, keyOffset: p.keyOffset, value: p.value, line: li });
            }
            continue;
        }
        ev.value = scalar(line, rest, start);
        events.push(ev);
    }
    return events;
}
/** A scalar starting at `at`: quoted (up to its closing quote) or plain (up to ` #`), trailing spaces cut. */
function scalar(line, at, lineStart) {
    const c = line[at];
    let out;
    if (c === '"') {
        let j = at + 1;
        while (j < line.length && line[j] !== '"')
            j += line[j] === '\\' ? 2 : 1;
        out = { text: line.slice(at + 1, Math.min(j, line.length)), offset: lineStart + at + 1 };
    }
    else if (c === "'") {
        const j = line.indexOf("'", at + 1);
        out = { text: line.slice(at + 1, j === -1 ? line.length : j), offset: lineStart + at + 1 };
    }
    else {
        let end = line.length;
        for (let j = at + 1; j < line.length; j++) {
            if (line[j] === '#' && isSpace(line[j - 1])) {
                end = j;
                break;
            }
        }
        out = { text: line.slice(at, end).trimEnd(), offset: lineStart + at };
    }
    if (out.text.includes('{{'))
        out.dyn = true;
    return out;
}
/** Pairs of a one-line flow mapping `{a: b, "c": 'd'}` starting at `at`. */
function flowMapping(line, at, lineStart, budget) {
    const pairs = [];
    let i = at + 1;
    const n = line.length;
    const skipSpace = () => {
        while (i < n && isSpace(line[i]))
            i++;
    };
    /** A quoted or plain token ending at one of `stops` (outside quotes); nested brackets are skipped over. */
    const token = (stops) => {
        skipSpace();
        const q = line[i];
        if (q === '"' || q === "'") {
            let j = i + 1;
            while (j < n && line[j] !== q)
                j += q === '"' && line[j] === '\\' ? 2 : 1;
            const t = { text: line.slice(i + 1, Math.min(j, n)), offset: lineStart + i + 1, quoted: true };
            i = Math.min(j + 1, n);
            return t;
        }
        const s = i;
        let depth = 0;
        while (i < n) {
            budget?.tick();
            const ch = line[i];
            if (ch === '[' || ch === '{')
                depth++;
            else if ((ch === ']' || ch === '}') && depth > 0)
                depth--;
            else if (depth === 0 &&
                stops.includes(ch) &&
                (ch !== ':' || i + 1 >= n || isSpace(line[i + 1]) || line[i + 1] === ',' || line[i + 1] === '}'))
                break;
            i++;
        }
        let e = i;
        while (e > s && isSpace(line[e - 1]))
            e--;
        return { text: line.slice(s, e), offset: lineStart + s, quoted: false };
    };
    while (i < n && pairs.length < 1000) {
        budget?.tick();
        skipSpace();
        if (line[i] === '}')
            break;
        const k = token(':,}');
        skipSpace();
        if (line[i] === ':') {
            i++;
            const v = token(',}');
            if (k.text) {
                const value = { text: v.text, offset: v.offset };
                if (v.text.includes('{{'))
                    value.dyn = true;
                pairs.push({ key: k.text, keyOffset: k.offset, value });
            }
        }
        skipSpace();
        if (line[i] === ',')
            i++;
        else if (i < n && line[i] !== '}')
            i++;
    }
    return pairs;
}
function flowSequence(lines, li, at, budget) {
    const items = [];
    let l = li;
    let i = at + 1;
    let depth = 1;
    while (l < lines.length) {
        const { start, text } = lines[l];
        while (i < text.length) {
            budget?.tick();
            const c = text[i];
            if (c === ']') {
                depth--;
                i++;
                if (depth === 0)
                    return { items, endLine: l };
                continue;
            }
            if (c === '[') {
                depth++;
                i++;
                continue;
            }
            if (c === ' ' || c === ',' || c === '\t') {
                i++;
                continue;
            }
            if (c === '#')
                break;
            if (c === '"' || c === "'") {
                let j = i + 1;
                while (j < text.length && text[j] !== c)
                    j += c === '"' && text[j] === '\\' ? 2 : 1;
                const item = { text: text.slice(i + 1, Math.min(j, text.length)), offset: start + i + 1 };
                if (item.text.includes('{{'))
                    item.dyn = true;
                items.push(item);
                i = j + 1;
                continue;
            }
            let j = i;
            if (text.startsWith('{{', i)) {
                const close = text.indexOf('}}', i + 2);
                j = close === -1 ? text.length : close + 2;
            }
            while (j < text.length && text[j] !== ',' && text[j] !== ']')
                j++;
            const item = { text: text.slice(i, j).trimEnd(), offset: start + i };
            if (item.text.includes('{{'))
                item.dyn = true;
            items.push(item);
            i = j;
        }
        l++;
        i = 0;
        if (l - li > MAX_FLOW_LINES)
            break;
    }
    return { items, endLine: Math.min(l, lines.length - 1) };
}
/** Key of the mapping entry that holds the sequence starting at event `ei`. */
function parentKeyOf(events, ei) {
    const indent = events[ei].indent;
    for (let k = ei - 1; k >= 0 && ei - k < 50; k--) {
        const e = events[k];
        if (e.indent < indent || (e.indent === indent && !e.item)) {
            return e.key !== undefined && !e.value && !e.flow && !e.block ? e.key : undefined;
        }
    }
    return undefined;
}
/** Whether a block scalar's text reads as YAML (a `key: value` line), e.g. a config file inside a ConfigMap. */
function looksLikeYaml(text) {
    let pos = 0;
    for (let n = 0; n < 20 && pos < text.length; n++) {
        const nl = text.indexOf('\n', pos);
        const line = text.slice(pos, nl === -1 ? text.length : nl);
        pos = nl === -1 ? text.length : nl + 1;
        let col = 0;
        while (col < line.length && (line[col] === ' ' || line[col] === '-'))
            col++;
        if (col >= line.length || line[col] === '#')
            continue;
        return readKey(line, col) !== undefined;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scanners/config/index.ts






/** Keys whose value is a model to load (training and serving configs: Axolotl, LLaMA-Factory, TRL, PEFT, Ray Serve LLM). */
const STRONG_KEYS = new Set([
    'base_model',
    'base_model_name_or_path',
    'model_name_or_path',
    'pretrained_model_name_or_path',
    'tokenizer_name_or_path',
    'tokenizer_name',
    'tokenizer_config',
    'base_model_config',
    '_name_or_path',
    'teacher_model_name_or_path',
    'ref_model_name_or_path',
    'reward_model_name_or_path',
    'adapter_name_or_path',
    'lora_model_dir', // Axolotl: a Hub id of an adapter, or a directory (filtered as a path)
    'hf_model_id',
    'hf_model',
    'model_source', // Ray Serve LLM model_loading_config
]);
/** Keys that hold a Hub id or a Hub address, or else a path or a URL elsewhere (read as weak). */
const URL_OR_PATH_KEYS = new Set([
    'modelurl',
    'model_url',
    'model-url',
    'model_path',
    'modelpath',
    'model-path',
    'model_uri',
    'modeluri',
    'storageuri',
    'storage_uri',
]);
const REVISION_KEYS = new Set(['revision', 'model_revision', 'revision_of_model', 'base_model_revision']);
/** Keys whose value says which backend serves the models of the same mapping (`provider: ollama`). */
const PROVIDER_KEYS = /^(?:provider|llm_provider|model_provider|embedding_provider|embedder_provider|type|backend|api_type|client|engine|platform|service|vendor|runtime|llm_type|kind|source)$/i;
const URL_KEYS = /(?:base_?url|api_?base|host|endpoint|url|server|address)$/i;
const OLLAMA_VALUE_RE = /^ollama(?:[_-]chat)?$/i;
const OLLAMA_URL_RE = /:11434\b|ollama/i;
/** Keys of a model's mapping that name it (`model: {name: org/x}`, `model: {source: hf://org/x}`). */
const MODEL_PART_KEYS = new Set([
    'name',
    'id',
    'source',
    'repo',
    'repository',
    'repo_id',
    'uri',
    'path',
    'name_or_path',
    'hub_id',
]);
/** Keys whose mapping describes one model. */
function isModelSection(key) {
    return key === 'model' || /^model_(?:loading_)?config$/i.test(key) || isModelishName(key);
}
/**
 * Keys of a record of facts about a model (a provider's or an application's registry of models: RAGFlow's
 * `all_models.json`, `llm_factories.json`): its context length, output cap, types, other names, tags, prices. A
 * record holds two of them at least (a config that loads a model may say its `model_type`).
 */
const FACT_KEYS = new Set([
    'content_length',
    'context_length',
    'context_window',
    'max_tokens',
    'max_batch_size',
    'max_output',
    'max_output_tokens',
    'max_input_tokens',
    'model_type',
    'model_types',
    'alias',
    'aliases',
    'is_tools',
    'tags',
    'pricing',
    'input_price',
    'output_price',
]);
/** Keys that say a record fetches, serves or points at weights: such a record is no mere fact. */
const LOAD_KEYS = new Set([
    'url',
    'urls',
    'uri',
    'path',
    'source',
    'repo',
    'repo_id',
    'files',
    'file',
    'download',
    'parameters',
    'base_model',
    'revision',
    'endpoint',
    'endpoints',
    'quantization',
    'modelurl',
    'model_url',
]);
/** Keys that name the model of a record of facts (`{"name": "org/x", "max_tokens": 8192}`, `llm_name`, its aliases). */
const RECORD_NAME_KEYS = new Set(['name', 'id', 'llm_name', 'model', 'model_name', 'model_id', 'alias', 'aliases']);
/** List keys of the Ollama Helm chart (`ollama: models: pull: [llama3.2]`). */
const OLLAMA_LIST_KEYS = new Set(['models', 'pull', 'run', 'create']);
const CONFIG_TRIGGERS = [
    'odel',
    'ODEL',
    'okenizer',
    'hf-hub:',
    'hf_hub:',
    'hf://',
    'heckpoint',
    'repo_id',
    'llama',
];
function keyStrength(key) {
    const k = key.toLowerCase();
    if (STRONG_KEYS.has(k))
        return 'strong';
    if (URL_OR_PATH_KEYS.has(k))
        return 'weak';
    return isModelishName(key) ? 'weak' : undefined;
}
class Collector {
    ctx;
    budget;
    raw = [];
    revisions = new Set();
    strongCount = 0;
    constructor(ctx, budget) {
        this.ctx = ctx;
        this.budget = budget;
    }
    /**
     * Reads the entries of one file (or one embedded document). `containers`: keys whose value is a list or a
     * mapping (`alias: []`, `pricing: {...}`, a section), with the group that holds them: they say what a record is.
     */
    entries(list, containers = []) {
        // the mappings whose models an Ollama server serves: `provider: ollama`, `base_url: http://host:11434`
        const ollama = new Set();
        for (const e of list) {
            if (e.value.dyn)
                continue;
            if ((PROVIDER_KEYS.test(e.key) && OLLAMA_VALUE_RE.test(e.value.text)) ||
                (URL_KEYS.test(e.key) && OLLAMA_URL_RE.test(e.value.text)))
                ollama.add(e.group);
        }
        // records of facts about models (a registry: context lengths, output caps, types), which name models they
        // describe and load none: a fact key and no key that fetches, serves or points at weights
        const factKeys = new Map(); // a group's first fact key
        const facts = new Set(); // groups with two fact keys or more
        const loads = new Set();
        const keyOfRecord = (key, group) => {
            const k = key.toLowerCase();
            if (FACT_KEYS.has(k)) {
                const first = factKeys.get(group);
                if (first === undefined)
                    factKeys.set(group, k);
                else if (first !== k)
                    facts.add(group);
            }
            if (LOAD_KEYS.has(k))
                loads.add(group);
        };
        for (const e of list)
            keyOfRecord(e.key, e.group);
        for (const c of containers)
            keyOfRecord(c.key, c.group);
        for (const e of list) {
            this.budget.tick();
            if (e.value.dyn)
                continue;
            if (facts.has(e.group) && !loads.has(e.group) && RECORD_NAME_KEYS.has(e.key.toLowerCase()))
                continue;
            if (e.underLitellm && e.key === 'model') {
                this.push(classifyRoute(e.value.text), e.value);
                continue;
            }
            const ollamaHere = e.underOllama || ollama.has(e.group) || ollama.has(e.parent);
            if (e.item && e.underOllama && OLLAMA_LIST_KEYS.has(e.key)) {
                this.push(classifyOllama(e.value.text), e.value);
                continue;
            }
            // `ollama_model: llama3`, `OLLAMA_EMBEDDING_MODEL: nomic-embed-text`: named for an Ollama model
            if ((ollamaHere || /ollama/i.test(e.key)) && isModelishName(e.key)) {
                this.push(classifyOllama(e.value.text), e.value);
                continue;
            }
            if (e.inModel && !e.item && MODEL_PART_KEYS.has(e.key.toLowerCase())) {
                // `model: {name: org/x}`: read like a model key, a local path or a plain name being nothing
                const name = e.key.toLowerCase();
                if ((name === 'path' || name === 'uri') &&
                    LOCAL_OUTPUT_NAME_RE.test(e.value.text.slice(e.value.text.lastIndexOf('/') + 1)))
                    continue;
                this.push(classifyModel(e.value.text, 'weak', this.ctx), e.value);
                continue;
            }
            this.keyed(e.key, e.value);
        }
    }
    push(cl, s) {
        if (!cl)
            return;
        const ref = { id: cl.id, kind: cl.kind, offset: s.offset + (cl.shift ?? 0) };
        if (cl.provider)
            ref.provider = cl.provider;
        this.raw.push(ref);
    }
    keyed(key, s) {
        const k = key.toLowerCase();
        if (REVISION_KEYS.has(k) && s.text)
            this.revisions.add(s.text);
        const strength = keyStrength(key);
        if (!strength)
            return this.any(s);
        if (URL_OR_PATH_KEYS.has(k) && /path$/i.test(k)) {
            // model_path: a Hub id, never a local run's output
            const name = s.text.slice(s.text.lastIndexOf('/') + 1);
            if (LOCAL_OUTPUT_NAME_RE.test(name))
                return;
        }
        const cl = classifyModel(s.text, strength, this.ctx, { litellm: true });
        if (!cl)
            return;
        if (strength === 'strong' && cl.kind === 'hub')
            this.strongCount++;
        this.push(cl, s);
    }
    /** Any other string value: `hf-hub:`/`hf://` ids and catalog-known ids. */
    any(s) {
        const v = s.text;
        if (isHubPrefixed(v))
            this.push(classifyModel(v, 'strong', this.ctx), s);
        else if (v.includes('/') && knownHubString(this.ctx, v))
            this.raw.push({ id: v, kind: 'hub', offset: s.offset });
    }
    finish() {
        if (this.revisions.size === 1 && this.strongCount === 1) {
            const [rev] = this.revisions;
            for (const r of this.raw)
                if (r.kind === 'hub')
                    r.revision = rev;
        }
        return this.raw;
    }
}
/** Embedded documents (a ConfigMap's `config.yaml: |`) are read this deep. */
const MAX_EMBEDDED = 2;
function scanYaml(text, c, base = 0, level = 0) {
    const events = yamlEvents(text, c.budget, base);
    const entries = [];
    const containers = [];
    // open mappings by indent (for groups) and open sections (keys without a value) for what lies above
    const open = [];
    const sections = [];
    let groups = 0;
    for (let i = 0; i < events.length; i++) {
        c.budget.tick();
        const ev = events[i];
        while (open.length &&
            (open[open.length - 1].indent > ev.indent || (ev.item && open[open.length - 1].indent >= ev.indent)))
            open.pop();
        while (sections.length && sections[sections.length - 1].indent >= ev.indent)
            sections.pop();
        let top = open[open.length - 1];
        if (!top || top.indent !== ev.indent) {
            top = { indent: ev.indent, group: groups++, parent: open[open.length - 1]?.group ?? -1 };
            open.push(top);
        }
        const above = sections[sections.length - 1];
        const place = {
            group: top.group,
            parent: top.parent,
            underOllama: above?.ollama ?? false,
            underLitellm: above?.litellm ?? false,
            inModel: above !== undefined && above.indent < ev.indent && isModelSection(above.key),
        };
        // a key whose value is a list or a mapping (flow or block, empty or not) says what its record is
        if (ev.key !== undefined && !ev.value && !ev.block)
            containers.push({ key: ev.key, group: top.group });
        if (ev.key !== undefined && ev.value)
            entries.push({ key: ev.key, value: ev.value, item: false, ...place });
        else if (ev.key !== undefined && ev.flow)
            for (const s of ev.flow)
                entries.push({ key: ev.key, value: s, item: true, ...place });
        else if (ev.item && ev.key === undefined && ev.value) {
            const parent = parentKeyOf(events, i);
            if (parent !== undefined)
                entries.push({ key: parent, value: ev.value, item: true, ...place });
            else
                c.any(ev.value);
        }
        else if (ev.flow)
            for (const s of ev.flow)
                c.any(s);
        if (ev.block && level < MAX_EMBEDDED) {
            const body = text.slice(ev.block.start - base, ev.block.end - base);
            // JSON under a key named for models (chat-ui's `MODELS: >` [{"id": "org/x"}]) describes models
            if (/^\s*[[{]/.test(body.slice(0, 64)))
                scanJson(body, c, ev.block.start, ev.key !== undefined && isModelSection(ev.key));
            else if (looksLikeYaml(body))
                scanYaml(body, c, ev.block.start, level + 1);
        }
        if (ev.key !== undefined && !ev.value && !ev.flow && !ev.block) {
            sections.push({
                indent: ev.indent,
                key: ev.key,
                ollama: (above?.ollama ?? false) || /ollama/i.test(ev.key),
                litellm: (above?.litellm ?? false) || ev.key === 'litellm_params',
            });
        }
    }
    c.entries(entries, containers);
}
/** JSON text; `models`: the text is held by a key named for models, its top objects (or the items of its top array) describe one each. */
function scanJson(text, c, base = 0, models = false) {
    const entries = [];
    const containers = [];
    for (const e of jsonEntries(text, c.budget, base, [/ollama/i, /^litellm_params$/], containers)) {
        // catalog-known ids in any value; keyed ones are read by their key
        entries.push({
            key: e.key,
            value: e.value,
            group: e.object,
            parent: e.parent,
            item: e.item,
            underOllama: (e.marks & 1) !== 0,
            underLitellm: (e.marks & 2) !== 0,
            inModel: models && e.depth <= 2,
        });
    }
    c.entries(entries, containers.map((x) => ({ key: x.key, group: x.object })));
}
/**
 * TOML and INI: `[section]` headers, `key = value` (INI also `key: value`), values quoted or plain, TOML arrays
 * of strings on one line. Each section is one mapping; a section named like Ollama (`[ollama]`) is under Ollama.
 */
function scanSections(text, c, ini) {
    const entries = [];
    let group = 0;
    let underOllama = false;
    let pos = 0;
    while (pos <= text.length) {
        c.budget.tick();
        const nl = text.indexOf('\n', pos);
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(pos, end);
        const start = pos;
        pos = end + 1;
        let col = 0;
        while (col < line.length && (line[col] === ' ' || line[col] === '\t'))
            col++;
        const ch = line[col];
        if (ch === undefined || ch === '#' || ch === ';' || ch === '\r') {
            if (nl === -1)
                break;
            continue;
        }
        if (ch === '[') {
            const close = line.indexOf(']', col);
            const name = line.slice(col + 1, close === -1 ? line.length : close).replace(/^\[/, '');
            group++;
            underOllama = /ollama/i.test(name);
            if (nl === -1)
                break;
            continue;
        }
        // key
        let k = col;
        const quoted = ch === '"' || ch === "'";
        if (quoted)
            k = line.indexOf(ch, col + 1);
        let sep = -1;
        for (let j = quoted ? k + 1 : col; j >= 0 && j < line.length; j++) {
            const x = line[j];
            if (x === '=' || (ini && x === ':')) {
                sep = j;
                break;
            }
            if (x === '#' || x === ';')
                break;
        }
        if (sep === -1 || k === -1) {
            if (nl === -1)
                break;
            continue;
        }
        const key = quoted ? line.slice(col + 1, k) : line.slice(col, sep).trim();
        let v = sep + 1;
        while (v < line.length && (line[v] === ' ' || line[v] === '\t'))
            v++;
        const place = { group, parent: -1, underOllama, underLitellm: false };
        for (const s of sectionValues(line, v, start, ini))
            entries.push({ key, value: s.value, item: s.item, ...place });
        if (nl === -1)
            break;
    }
    c.entries(entries);
}
/** The string values of a TOML/INI line from `at`: a quoted string, an array of them, or a plain word. */
function sectionValues(line, at, lineStart, ini) {
    const out = [];
    const quote = (i) => {
        const q = line[i];
        const close = line.indexOf(q, i + 1);
        if (close === -1)
            return undefined;
        return { value: { text: line.slice(i + 1, close), offset: lineStart + i + 1 }, next: close + 1 };
    };
    const c = line[at];
    if (c === '"' || c === "'") {
        const s = quote(at);
        if (s)
            out.push({ value: s.value, item: false });
    }
    else if (c === '[') {
        for (let i = at + 1; i < line.length && line[i] !== ']' && out.length < 256; i++) {
            if (line[i] !== '"' && line[i] !== "'")
                continue;
            const s = quote(i);
            if (!s)
                break;
            out.push({ value: s.value, item: true });
            i = s.next - 1;
        }
    }
    else if (ini && c !== undefined) {
        let end = line.length;
        for (let j = at; j < line.length; j++) {
            if ((line[j] === '#' || line[j] === ';') && (j === at || line[j - 1] === ' ' || line[j - 1] === '\t')) {
                end = j;
                break;
            }
        }
        const text = line.slice(at, end).trim();
        if (text && !/\s/.test(text))
            out.push({ value: { text, offset: lineStart + at }, item: false });
    }
    return out;
}
/** The references of YAML text read as a configuration (the YAML code blocks of a document). */
function analyzeConfigYaml(text, ctx, budget) {
    const c = new Collector(ctx, budget);
    scanYaml(text, c);
    return c.finish();
}
const LOCK_RE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|composer\.lock|Cargo\.lock|poetry\.lock)$/i;
const config = defineScanner({
    name: 'config',
    description: 'Configuration files (YAML, JSON, TOML, INI; Helm values and templates): training and serving configs (Axolotl base_model, model_name_or_path, tokenizer_name, PEFT base_model_name_or_path, Ray Serve model_source, KServe hf:// URIs, modelURL), model-named keys, Ollama models of `provider: ollama` sections and of the Ollama Helm chart, LiteLLM routes, configs embedded in block scalars.',
    fileMatch: [
        '**/*.yml',
        '**/*.yaml',
        '**/templates/*.tpl',
        '**/*.json',
        '**/*.jsonc',
        '**/*.json5',
        '**/*.toml',
        '**/*.ini',
        '**/*.cfg',
    ],
    triggers: CONFIG_TRIGGERS,
    skip: (path) => LOCK_RE.test(path),
    analyze(content, path, ctx, budget) {
        const c = new Collector(ctx, budget);
        if (/\.ya?ml$|\.tpl$/i.test(path))
            scanYaml(content, c);
        else if (/\.toml$/i.test(path))
            scanSections(content, c, false);
        else if (/\.(?:ini|cfg)$/i.test(path))
            scanSections(content, c, true);
        else
            scanJson(content, c);
        return outputOf(content, path, 'config', c.finish());
    },
});

;// CONCATENATED MODULE: ./src/scanners/common/hosted.ts

const LC_MODEL = ['model', 'model_name'];
/**
 * The module of a LlamaIndex wrapper: `llama_index.llms.openai`, or before LlamaIndex 0.10 the flat
 * `from llama_index.llms import OpenAI`. (Each alternative keeps a literal: the pre-filter's needles come from it.)
 */
function llamaIndex(kind, pkg) {
    return new RegExp(`llama_index\\.${kind}\\.${pkg}\\b|^llama_index\\.${kind}$`);
}
/** Python classes, mostly LangChain and LlamaIndex wrappers and the providers' SDKs. */
const PY_HOSTED_CLASSES = table({
    ChatOpenAI: { provider: 'openai', kws: LC_MODEL },
    OpenAIEmbeddings: { provider: 'openai', kws: ['model'] },
    AzureChatOpenAI: { provider: 'azure-openai', kws: ['azure_deployment', 'deployment_name', 'model', 'model_name'] },
    AzureOpenAIEmbeddings: { provider: 'azure-openai', kws: ['azure_deployment', 'deployment', 'model'] },
    ChatAnthropic: { provider: 'anthropic', kws: LC_MODEL },
    ChatBedrock: { provider: 'bedrock', kws: ['model_id', 'model'] },
    ChatBedrockConverse: { provider: 'bedrock', kws: ['model_id', 'model'] },
    BedrockLLM: { provider: 'bedrock', kws: ['model_id', 'model'] },
    BedrockChat: { provider: 'bedrock', kws: ['model_id', 'model'] },
    BedrockEmbeddings: { provider: 'bedrock', kws: ['model_id', 'model'] },
    ChatVertexAI: { provider: 'vertex-ai', kws: ['model_name', 'model'] },
    VertexAI: { provider: 'vertex-ai', kws: ['model_name', 'model'] },
    VertexAIEmbeddings: { provider: 'vertex-ai', kws: ['model_name', 'model'] },
    ChatGoogleGenerativeAI: { provider: 'google', kws: ['model'] },
    GoogleGenerativeAI: { provider: 'google', kws: ['model'] },
    GoogleGenerativeAIEmbeddings: { provider: 'google', kws: ['model'] },
    WatsonxLLM: { provider: 'watsonx', kws: ['model_id', 'model'] },
    ChatWatsonx: { provider: 'watsonx', kws: ['model_id', 'model'] },
    WatsonxEmbeddings: { provider: 'watsonx', kws: ['model_id'] },
    WatsonxRerank: { provider: 'watsonx', kws: ['model_id'] },
    ModelInference: { provider: 'watsonx', kws: ['model_id'], module: /ibm_watson/ },
    Model: { provider: 'watsonx', kws: ['model_id'], module: /ibm_watson/ },
    Embeddings: { provider: 'watsonx', kws: ['model_id'], module: /ibm_watson/ },
    ChatMistralAI: { provider: 'mistral', kws: LC_MODEL },
    MistralAIEmbeddings: { provider: 'mistral', kws: ['model'] },
    ChatCohere: { provider: 'cohere', kws: ['model'] },
    CohereEmbeddings: { provider: 'cohere', kws: ['model'] },
    CohereRerank: { provider: 'cohere', kws: ['model'] },
    ChatGroq: { provider: 'groq', kws: LC_MODEL },
    ChatTogether: { provider: 'together', kws: LC_MODEL },
    ChatFireworks: { provider: 'fireworks', kws: LC_MODEL },
    ChatDeepSeek: { provider: 'deepseek', kws: LC_MODEL },
    ChatXAI: { provider: 'xai', kws: LC_MODEL },
    ChatPerplexity: { provider: 'perplexity', kws: LC_MODEL },
    // `meta/meta-llama-3-8b-instruct` there is a Replicate model (LangChain's `langchain_community.llms`, LlamaIndex's
    // `llama_index.llms.replicate`)
    Replicate: { provider: 'replicate', kws: ['model'], module: /^langchain|^llama_index/ },
    // LlamaIndex wrappers, whose names other libraries use too
    OpenAI: { provider: 'openai', kws: ['model'], module: llamaIndex('llms', 'openai') },
    OpenAIEmbedding: {
        provider: 'openai',
        kws: ['model', 'model_name'],
        module: llamaIndex('embeddings', 'openai'),
    },
    Anthropic: { provider: 'anthropic', kws: ['model'], module: llamaIndex('llms', 'anthropic') },
    Gemini: {
        provider: 'google',
        kws: ['model', 'model_name'],
        module: llamaIndex('llms', 'gemini'),
    },
    GeminiEmbedding: {
        provider: 'google',
        kws: ['model_name'],
        module: llamaIndex('embeddings', 'gemini'),
    },
    GoogleGenAI: { provider: 'google', kws: ['model'], module: llamaIndex('llms', 'google_genai') },
    Vertex: { provider: 'vertex-ai', kws: ['model'], module: llamaIndex('llms', 'vertex') },
    Bedrock: { provider: 'bedrock', kws: ['model'], module: llamaIndex('llms', 'bedrock') },
    BedrockConverse: {
        provider: 'bedrock',
        kws: ['model'],
        module: llamaIndex('llms', 'bedrock_converse'),
    },
    Groq: { provider: 'groq', kws: ['model'], module: llamaIndex('llms', 'groq') },
    MistralAI: { provider: 'mistral', kws: ['model'], module: llamaIndex('llms', 'mistralai') },
    Cohere: { provider: 'cohere', kws: ['model'], module: llamaIndex('llms', 'cohere') },
    OpenAIMultiModal: {
        provider: 'openai',
        kws: ['model'],
        module: llamaIndex('multi_modal_llms', 'openai'),
    },
    AzureOpenAI: {
        provider: 'azure-openai',
        kws: ['engine', 'deployment_name', 'model'],
        module: llamaIndex('llms', 'azure_openai'),
    },
    GenerativeModel: {
        provider: 'google',
        kws: ['model_name'],
        pos: 0,
        module: /google\.generativeai|vertexai|google\.cloud\.aiplatform/,
    },
});
/** Vertex AI's PaLM-era classes, whose `from_pretrained("text-bison")` names a hosted model. */
const VERTEX_PRETRAINED = new Set([
    'TextGenerationModel',
    'ChatModel',
    'CodeChatModel',
    'CodeGenerationModel',
    'TextEmbeddingModel',
    'MultiModalEmbeddingModel',
    'ImageGenerationModel',
    'ImageTextModel',
]);
/** Python SDK clients: constructor → what its methods' `model=` names. */
const PY_CLIENTS = table({
    OpenAI: { mode: 'hosted:openai', module: /^openai$/ },
    AsyncOpenAI: { mode: 'hosted:openai', module: /^openai$/ },
    AzureOpenAI: { mode: 'hosted:azure-openai', module: /^openai$/ },
    AsyncAzureOpenAI: { mode: 'hosted:azure-openai', module: /^openai$/ },
    Anthropic: { mode: 'hosted:anthropic', module: /^anthropic$/ },
    AsyncAnthropic: { mode: 'hosted:anthropic', module: /^anthropic$/ },
    AnthropicBedrock: { mode: 'hosted:bedrock', module: /^anthropic$/ },
    AnthropicVertex: { mode: 'hosted:vertex-ai', module: /^anthropic$/ },
    Groq: { mode: 'hosted:groq', module: /^groq$/ },
    AsyncGroq: { mode: 'hosted:groq', module: /^groq$/ },
    Together: { mode: 'hosted:together', module: /^together$/ },
    Mistral: { mode: 'hosted:mistral', module: /^mistralai$/ },
    MistralClient: { mode: 'hosted:mistral', module: /^mistralai/ },
    ClientV2: { mode: 'hosted:cohere', module: /^cohere$/ },
    Fireworks: { mode: 'hosted:fireworks', module: /^fireworks/ },
    InferenceClient: { mode: 'hub', module: /^huggingface_hub/ },
    AsyncInferenceClient: { mode: 'hub', module: /^huggingface_hub/ },
});
/** Providers of the OpenAI-style method sinks (`client.chat.completions.create(model=)`) by the SDK imported. */
const PY_SDK_PROVIDERS = table({
    openai: 'openai',
    anthropic: 'anthropic',
    groq: 'groq',
    together: 'together',
    mistralai: 'mistral',
    cohere: 'cohere',
    fireworks: 'fireworks',
});
/** Parts of a method chain that make it an OpenAI-style model call (`chat.completions.create`). */
const SINK_PARTS = new Set([
    'completions',
    'chat',
    'responses',
    'embeddings',
    'messages',
    'images',
    'audio',
    'transcriptions',
    'translations',
    'speech',
    'moderations',
    'embed',
    'rerank',
    // openai<1.0: openai.ChatCompletion.create(model=...), openai.Completion.create, openai.Embedding.create
    'ChatCompletion',
    'Completion',
    'Embedding',
]);
const SINK_METHODS = new Set(['create', 'parse', 'stream', 'complete', 'generate', 'create_and_poll']);
/** Hosts of hosted APIs reached through an OpenAI-compatible client (`base_url=`). */
const HOSTS = [
    [/(?:^|\.)api\.openai\.com$/, 'hosted:openai'],
    [/\.openai\.azure\.com$/, 'hosted:azure-openai'],
    [/\.services\.ai\.azure\.com$|\.inference\.ai\.azure\.com$|\.models\.ai\.azure\.com$/, 'hosted:azure-ai'],
    [/(?:^|\.)api\.groq\.com$/, 'hosted:groq'],
    [/(?:^|\.)api\.together\.(?:xyz|ai)$/, 'hosted:together'],
    [/(?:^|\.)openrouter\.ai$/, 'hosted:openrouter'],
    [/(?:^|\.)api\.fireworks\.ai$/, 'hosted:fireworks'],
    [/(?:^|\.)api\.deepseek\.com$/, 'hosted:deepseek'],
    [/(?:^|\.)api\.mistral\.ai$/, 'hosted:mistral'],
    [/(?:^|\.)generativelanguage\.googleapis\.com$/, 'hosted:google'],
    [/aiplatform\.googleapis\.com$/, 'hosted:vertex-ai'],
    [/(?:^|\.)api\.x\.ai$/, 'hosted:xai'],
    [/(?:^|\.)api\.perplexity\.ai$/, 'hosted:perplexity'],
    [/(?:^|\.)api\.deepinfra\.com$/, 'hosted:deepinfra'],
    [/(?:^|\.)api\.anthropic\.com$/, 'hosted:anthropic'],
    [/(?:^|\.)api\.cohere\.(?:ai|com)$/, 'hosted:cohere'],
    [/(?:^|\.)api\.cerebras\.ai$/, 'hosted:cerebras'],
    [/(?:^|\.)api\.sambanova\.ai$/, 'hosted:sambanova'],
    [/(?:^|\.)integrate\.api\.nvidia\.com$/, 'hosted:nvidia-nim'],
    [/bedrock-runtime\.[\w-]+\.amazonaws\.com$/, 'hosted:bedrock'],
    [/(?:^|\.)ml\.cloud\.ibm\.com$/, 'hosted:watsonx'],
    [/(?:^|\.)(?:router|api-inference)\.huggingface\.co$/, 'hub'],
];
/**
 * What an OpenAI-compatible client's base URL says about the models it is asked for: an Ollama server
 * (`:11434`), a hosted API by its host, the Hugging Face router (Hub models), or `self`: a server of the
 * project's own (vLLM, TGI, a gateway), whose model ids are read as anywhere else.
 */
function endpointMode(url) {
    const u = url.trim();
    if (/:11434(?:\/|$)|ollama/i.test(u))
        return 'ollama';
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]*@)?([^/:\s?#]+)/i.exec(u);
    if (!m)
        return 'self';
    const host = m[1].toLowerCase();
    for (const [re, mode] of HOSTS)
        if (re.test(host))
            return mode;
    return 'self';
}
/** JavaScript packages of hosted SDKs → provider. */
const JS_SDK_PROVIDERS = table({
    openai: 'openai',
    '@anthropic-ai/sdk': 'anthropic',
    '@google/generative-ai': 'google',
    '@google/genai': 'google',
    '@google-cloud/vertexai': 'vertex-ai',
    '@aws-sdk/client-bedrock-runtime': 'bedrock',
    '@ibm-cloud/watsonx-ai': 'watsonx',
    'groq-sdk': 'groq',
    'together-ai': 'together',
    '@mistralai/mistralai': 'mistral',
    'cohere-ai': 'cohere',
    replicate: 'replicate',
});
/** Vercel AI SDK providers (`import { openai } from '@ai-sdk/openai'`; `openai('gpt-4o')`) → provider. */
const AI_SDK_PROVIDERS = table({
    openai: 'openai',
    azure: 'azure-openai',
    anthropic: 'anthropic',
    google: 'google',
    'google-vertex': 'vertex-ai',
    'amazon-bedrock': 'bedrock',
    mistral: 'mistral',
    groq: 'groq',
    cohere: 'cohere',
    xai: 'xai',
    deepseek: 'deepseek',
    togetherai: 'together',
    fireworks: 'fireworks',
    perplexity: 'perplexity',
    cerebras: 'cerebras',
    deepinfra: 'deepinfra',
});
/**
 * The Vercel AI Gateway's provider slugs (`gateway('xai/grok-4')`) that are named otherwise here; any other slug is
 * the provider's name.
 */
const AI_GATEWAY_PROVIDERS = table({
    vertex: 'vertex-ai',
    azure: 'azure-openai',
    bedrock: 'bedrock',
});
/** JavaScript classes (`new X({ model })`) of LangChain.js and the SDKs. */
const JS_HOSTED_CLASSES = table({
    ChatOpenAI: { provider: 'openai', kws: ['model', 'modelName'] },
    OpenAIEmbeddings: { provider: 'openai', kws: ['model', 'modelName'] },
    AzureChatOpenAI: {
        provider: 'azure-openai',
        kws: ['azureOpenAIApiDeploymentName', 'deploymentName', 'model', 'modelName'],
    },
    ChatAnthropic: { provider: 'anthropic', kws: ['model', 'modelName'] },
    ChatGoogleGenerativeAI: { provider: 'google', kws: ['model', 'modelName'] },
    GoogleGenerativeAIEmbeddings: { provider: 'google', kws: ['model', 'modelName'] },
    ChatVertexAI: { provider: 'vertex-ai', kws: ['model', 'modelName'] },
    VertexAIEmbeddings: { provider: 'vertex-ai', kws: ['model'] },
    BedrockChat: { provider: 'bedrock', kws: ['model'] },
    ChatBedrockConverse: { provider: 'bedrock', kws: ['model'] },
    BedrockEmbeddings: { provider: 'bedrock', kws: ['model'] },
    InvokeModelCommand: { provider: 'bedrock', kws: ['modelId'] },
    InvokeModelWithResponseStreamCommand: { provider: 'bedrock', kws: ['modelId'] },
    ConverseCommand: { provider: 'bedrock', kws: ['modelId'] },
    ConverseStreamCommand: { provider: 'bedrock', kws: ['modelId'] },
    WatsonxLLM: { provider: 'watsonx', kws: ['model', 'modelId'] },
    ChatWatsonx: { provider: 'watsonx', kws: ['model', 'modelId'] },
    WatsonxEmbeddings: { provider: 'watsonx', kws: ['model', 'modelId'] },
    ChatMistralAI: { provider: 'mistral', kws: ['model', 'modelName'] },
    ChatGroq: { provider: 'groq', kws: ['model', 'modelName'] },
    ChatCohere: { provider: 'cohere', kws: ['model'] },
});

;// CONCATENATED MODULE: ./src/scanners/common/commands.ts
/**
 * Command lines that code runs (`subprocess.run(["ollama", "pull", MODEL])`, `spawn("ollama", ["pull", m])`,
 * Modal's `run_commands("huggingface-cli download org/x")`): which word names the model they fetch or serve.
 * The Python and JavaScript analyses give the words, as an argument list or a command string split at spaces;
 * the shell scanner reads whole scripts itself (src/scanners/shell).
 */
/** Flags taking a value, of `huggingface-cli download` / `hf download` (the shell scanner reads them too). */
const DOWNLOAD_VALUE_FLAGS = new Set([
    '--repo-type',
    '--revision',
    '--local-dir',
    '--cache-dir',
    '--include',
    '--exclude',
    '--token',
    '--max-workers',
    '--local-dir-use-symlinks',
]);
const HF_DOWNLOAD = { subs: new Set(['download']), mode: 'hub', valueFlags: DOWNLOAD_VALUE_FLAGS };
const TOOLS = new Map([
    ['ollama', { subs: new Set(['pull', 'run']), mode: 'ollama', valueFlags: new Set(['--format', '--keepalive']) }],
    ['huggingface-cli', HF_DOWNLOAD],
    ['hf', HF_DOWNLOAD],
    ['vllm', { subs: new Set(['serve']), mode: 'hub', valueFlags: new Set(['--config']) }],
]);
/** The program's name without its folder (`/usr/local/bin/ollama` → `ollama`). */
function program(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** One of TOOLS followed by a space or a tab: a text without one holds no command line (most strings). */
const TOOL_HINT_RE = new RegExp(`(?:${[...TOOLS.keys()].map((t) => t.replace(/[-.]/g, '\\$&')).join('|')})[ \\t]`);
/** Whether a text may hold a command line this module reads (a cheap test before `looksLikeCommand`). */
function mayHoldCommand(text) {
    return TOOL_HINT_RE.test(text);
}
/** Whether a word starts a command this module reads (`ollama`, `huggingface-cli`, `hf`, `vllm`). */
function isCommandTool(word) {
    return word !== undefined && TOOLS.has(program(word));
}
/** Whether a string is a command line this module reads: its first word a tool, its second a sub-command of it. */
function looksLikeCommand(text) {
    const m = /^\s*(\S+)[ \t]+(\S+)/.exec(text);
    return !!m && TOOLS.get(program(m[1]))?.subs.has(m[2]) === true;
}
/**
 * The word of a command that names its model, and how it reads: `ollama pull|run NAME`, `huggingface-cli|hf
 * download REPO` (not with `--repo-type dataset|space`), `vllm serve MODEL`. `words` are the command's words as
 * written; an undefined word is one the code computes (a variable), which may be the model. Undefined when the
 * command names none.
 */
function commandModel(words) {
    const tool = words[0] === undefined ? undefined : TOOLS.get(program(words[0]));
    const sub = words[1];
    if (!tool || sub === undefined || !tool.subs.has(sub))
        return undefined;
    let model = -1;
    for (let i = 2; i < words.length; i++) {
        const w = words[i];
        if (w === undefined || !w.startsWith('-')) {
            if (model < 0)
                model = i;
            continue;
        }
        const eq = w.indexOf('=');
        const flag = eq < 0 ? w : w.slice(0, eq);
        const value = eq < 0 ? words[i + 1] : w.slice(eq + 1);
        if (flag === '--repo-type' && (value === 'dataset' || value === 'space'))
            return undefined;
        if (eq < 0 && tool.valueFlags.has(flag))
            i++;
    }
    return model < 0 ? undefined : { index: model, mode: tool.mode };
}
/** A command string's words and where each starts in it (split at spaces and tabs). */
function commandWords(text) {
    const words = [];
    const starts = [];
    for (const m of text.matchAll(/[^\s]+/g)) {
        words.push(m[0]);
        starts.push(m.index ?? 0);
        // (a command's model is among its first words: a long string is not split further)
        if (words.length >= 32)
            break;
    }
    return { words, starts };
}

;// CONCATENATED MODULE: ./src/scanners/common/tokens.ts
/** Tokens of the light lexers for Python and JavaScript: enough to follow calls, arguments and strings. */
var T;
(function (T) {
    T[T["Name"] = 1] = "Name";
    T[T["Str"] = 2] = "Str";
    T[T["Op"] = 3] = "Op";
    T[T["Num"] = 4] = "Num";
    /** End of a logical line (Python, outside brackets). */
    T[T["Newline"] = 5] = "Newline";
})(T || (T = {}));
/**
 * A token, always with every field (the optional ones undefined until set): tokens of one shape keep the
 * analyses' property reads monomorphic, where tokens built with different fields (strings, first tokens of a line)
 * made V8 throw away the analyses' optimised code each time it met a new shape.
 */
function tok(t, v, s, e, val, vs, dyn) {
    return { t, v, s, e, val, vs, dyn, bol: undefined, indent: undefined };
}
function isOpen(k) {
    return k.t === T.Op && (k.v === '(' || k.v === '[' || k.v === '{');
}
function isClose(k) {
    return k.t === T.Op && (k.v === ')' || k.v === ']' || k.v === '}');
}
/**
 * For every opening bracket, the index of the token that closes it (`toks.length` when none does); -1 for every
 * other token. One pass with a stack, so that no later scan ever has to look for a closing bracket again.
 */
function bracketTable(toks, budget) {
    const close = new Int32Array(toks.length).fill(-1);
    const stack = [];
    for (let i = 0; i < toks.length; i++) {
        const k = toks[i];
        if (k.t !== T.Op)
            continue;
        if (isOpen(k))
            stack.push(i);
        else if (isClose(k) && stack.length)
            close[stack.pop()] = i;
    }
    for (const i of stack)
        close[i] = toks.length;
    budget?.tick(toks.length);
    return close;
}
/**
 * Splits the arguments of the call whose `(` is at `open`, stepping over nested brackets (so that the cost is
 * the number of top-level tokens). `kwOp` is the operator after a keyword name (`=` in Python); JavaScript has
 * no keyword arguments (pass undefined).
 */
function splitArgs(toks, close, open, kwOp, budget) {
    const end = close[open] < 0 ? toks.length : close[open];
    const args = [];
    let start = open + 1;
    const push = (stop) => {
        if (stop <= start)
            return;
        const a = { start, end: stop };
        if (kwOp &&
            toks[start].t === T.Name &&
            toks[start + 1]?.t === T.Op &&
            toks[start + 1].v === kwOp &&
            stop > start + 2) {
            a.kw = toks[start].v;
            a.start = start + 2;
        }
        args.push(a);
    };
    for (let i = open + 1; i < end; i++) {
        budget?.tick();
        const k = toks[i];
        if (k.t !== T.Op)
            continue;
        if (close[i] >= 0)
            i = close[i];
        else if (k.v === ',') {
            push(i);
            start = i + 1;
        }
    }
    push(end);
    return { args, close: end };
}
/** The positional argument `index` or the keyword argument among `kws`. */
function pickArg(args, index, kws) {
    for (const a of args)
        if (a.kw && kws.includes(a.kw))
            return a;
    if (index === undefined)
        return undefined;
    let n = 0;
    for (const a of args) {
        if (a.kw)
            continue;
        if (n++ === index)
            return a;
    }
    return undefined;
}
/**
 * Dotted callee of the call whose `(` is at `open`: `torch.hub.load` → ['torch','hub','load'] (at most 12 names).
 * TypeScript's non-null assertion is not part of it: `this.client!.embed(` is ['this','client','embed'].
 */
function calleeChain(toks, open) {
    const chain = [];
    let i = open - 1;
    while (i >= 0 && toks[i].t === T.Name && chain.length < 12) {
        chain.push(toks[i].v);
        if (i >= 1 && toks[i - 1].t === T.Op && (toks[i - 1].v === '.' || toks[i - 1].v === '?.')) {
            i -= 2;
            // `name!.` (a `!` between a name and a dot is only ever TypeScript's assertion)
            if (i >= 1 && toks[i].t === T.Op && toks[i].v === '!' && toks[i - 1].t === T.Name)
                i--;
        }
        else
            break;
    }
    return chain.reverse();
}

;// CONCATENATED MODULE: ./src/scanners/common/flow.ts




/** Values one evaluation yields at most: a name assigned 5,000 times is not followed 5,000 times per use. */
const MAX_CANDIDATES = 64;
/** Field definitions and field uses recorded per file, for joining with other modules. */
const MAX_FIELD_FACTS = 1000;
/** Names followed through names at most this deep. */
const MAX_DEPTH = 4;
/** Appends `more` to `out` up to `MAX_CANDIDATES`. */
function addCands(out, more) {
    for (const c of more) {
        if (out.length >= MAX_CANDIDATES)
            return;
        out.push(c);
    }
}
class FlowAnalyzer {
    code;
    toks;
    ctx;
    budget;
    assigns = new Map();
    close;
    out = [];
    uses = [];
    fieldUses = [];
    /**
     * The file talks to an Ollama server (imports a client, names Ollama or its port): a bare name in a weak
     * context that looks like an Ollama library model (`"model": "llama3:8b"`) is read as one.
     */
    ollamaFile = false;
    /** Offsets of Hub references read from a model-ish name alone (weak), and from a loader (strong). */
    weakHub = new Set();
    strongHub = new Set();
    memo = new Map();
    collMemo = new Map();
    keyMemo = new Map();
    /** Offsets already reported, by reading: a constant used 5,000 times is classified once. */
    reported = new Map();
    lastReading;
    constructor(code, toks, ctx, budget) {
        this.code = code;
        this.toks = toks;
        this.ctx = ctx;
        this.budget = budget;
        this.close = bracketTable(toks, budget);
    }
    /** Index of the token closing the bracket at `i` (`toks.length` when unclosed; `i` when it is no bracket). */
    closeOf(i) {
        const c = this.close[i];
        return c < 0 ? i : c;
    }
    splitArgs(open, kwOp) {
        return splitArgs(this.toks, this.close, open, kwOp, this.budget);
    }
    addAssign(name, a) {
        if (a.e <= a.s && !a.env)
            return;
        const list = this.assigns.get(name);
        if (list)
            list.push(a);
        else
            this.assigns.set(name, [a]);
    }
    /** Values of a name, through its assignments; memoised per depth (cycles are cut by `seen`). */
    follow(name, depth, seen) {
        if (seen.has(name) || depth > MAX_DEPTH)
            return [];
        const list = this.assigns.get(name);
        if (!list)
            return [];
        const key = `${depth}\0${name}`;
        const hit = this.memo.get(key);
        if (hit)
            return hit;
        this.memo.set(key, []);
        const inner = new Set(seen).add(name);
        const out = [];
        for (const a of list) {
            if (out.length >= MAX_CANDIDATES)
                break;
            this.budget.tick();
            if (a.env)
                out.push({ value: '', offset: a.envAt ?? 0, env: a.env() });
            if (a.e > a.s)
                addCands(out, a.elem ? this.elements(a.s, a.e, inner) : this.evalExpr(a.s, a.e, depth + 1, inner));
        }
        this.memo.set(key, out);
        return out;
    }
    /** Values a loop variable takes from the iterable [s, e): a collection literal, or a name holding one. */
    elements(s, e, seen) {
        const k = this.toks[s];
        if (isOpen(k))
            return this.collection(s, Math.min(e, this.closeOf(s) + 1));
        if (k.t === T.Name && e === s + 1)
            return this.collectionOf(k.v, seen);
        return [];
    }
    /** Strings of collection literals assigned to `name` (MODELS = [...]; MODELS[size]); memoised. */
    collectionOf(name, seen) {
        if (seen.has(name))
            return [];
        const hit = this.collMemo.get(name);
        if (hit)
            return hit;
        const out = [];
        for (const a of this.assigns.get(name) ?? []) {
            if (out.length >= MAX_CANDIDATES)
                break;
            if (!a.elem && isOpen(this.toks[a.s]))
                addCands(out, this.collection(a.s, a.e));
        }
        this.collMemo.set(name, out);
        return out;
    }
    /**
     * Literal strings inside a collection literal: values, not dict keys, not inside nested calls. A list of
     * providers (`SUPPORT_CUSTOM_MODELS = ["openai", "anthropic", "ollama", "mistral", ...]`) names no model.
     */
    collection(s, e) {
        const out = this.collectionValues(s, e);
        let providers = 0;
        for (const c of out)
            if (isProviderName(c.value) && ++providers >= 2)
                return [];
        return out;
    }
    collectionValues(s, e) {
        const toks = this.toks;
        const out = [];
        for (let i = s; i < e && out.length < MAX_CANDIDATES; i++) {
            this.budget.tick();
            const k = toks[i];
            if (k.t === T.Str) {
                const next = toks[i + 1];
                if (!k.dyn && k.val !== undefined && k.vs !== undefined && !(next?.t === T.Op && next.v === ':'))
                    out.push({ value: k.val, offset: k.vs });
            }
            else if (k.t === T.Op && k.v === '(' && i > s && toks[i - 1].t === T.Name)
                i = this.closeOf(i);
        }
        return out;
    }
    /**
     * The value of entry `key` of the dict/object literals assigned to `name` (`CONFIG["model"]`, `MODELS.chat`);
     * undefined when `name` holds no such literal.
     */
    keyedValue(name, key, depth, seen) {
        if (seen.has(name))
            return undefined;
        const memoKey = `${name}\0${key}`;
        const hit = this.keyMemo.get(memoKey);
        if (hit !== undefined)
            return hit ?? undefined;
        this.keyMemo.set(memoKey, null);
        const toks = this.toks;
        let out;
        for (const a of this.assigns.get(name) ?? []) {
            const open = toks[a.s];
            if (a.elem || open.t !== T.Op || open.v !== '{')
                continue;
            const end = this.closeOf(a.s);
            let entry = a.s + 1;
            for (let i = a.s + 1; i <= end && i < toks.length; i++) {
                this.budget.tick();
                const k = toks[i];
                if (i < end && isOpen(k)) {
                    i = this.closeOf(i);
                    continue;
                }
                if (i < end && !(k.t === T.Op && k.v === ','))
                    continue;
                // entry [entry, i): `key: value`
                const kt = toks[entry];
                if (kt &&
                    entry + 2 <= i &&
                    toks[entry + 1].t === T.Op &&
                    toks[entry + 1].v === ':' &&
                    ((kt.t === T.Str && kt.val === key) || (kt.t === T.Name && kt.v === key))) {
                    out ??= [];
                    addCands(out, this.evalExpr(entry + 2, i, depth + 1, new Set(seen).add(name)));
                }
                entry = i + 1;
            }
        }
        this.keyMemo.set(memoKey, out ?? null);
        return out;
    }
    /**
     * Per token, whether it lies inside a dict or object literal assigned to a model-ish name (`models = {...}`,
     * `EMBEDDING_MODELS = {...}`) or to a name that says its keys are models (`HF_MODEL_ID_TO_FILENAMES = {...}`): such a table offers its keys as models to load (a model picker), where another
     * table keyed by ids (a provider's profiles, a price list) only looks models up. Linear: a difference array.
     * Undefined when the file has no such table (most files: nothing is allocated).
     */
    modelishTables() {
        const toks = this.toks;
        let diff;
        for (const [name, list] of this.assigns) {
            if (!isModelishName(name) && !isKeyedByModelName(name))
                continue;
            for (const a of list) {
                const open = toks[a.s];
                if (a.elem || a.e <= a.s || open?.t !== T.Op || open.v !== '{')
                    continue;
                diff ??= new Int32Array(toks.length + 1);
                diff[a.s]++;
                diff[this.closeOf(a.s) + 1]--;
            }
        }
        if (!diff)
            return undefined;
        const out = new Uint8Array(toks.length);
        for (let i = 0, depth = 0; i < toks.length; i++) {
            depth += diff[i];
            if (depth > 0)
                out[i] = 1;
        }
        return out;
    }
    /**
     * Whether the string at `i` is a key of a dict or object literal (`{"google/gemma-2-9b-it": {...}}`): the token
     * before it opens the literal or ends an entry, the one after is the colon.
     */
    isTableKey(i) {
        const prev = this.toks[i - 1];
        const next = this.toks[i + 1];
        return prev?.t === T.Op && (prev.v === '{' || prev.v === ',') && next?.t === T.Op && next.v === ':';
    }
    /**
     * A one-line string that is a command line, or several joined by `&&`, `;` or `|` (Modal's
     * `run_commands("huggingface-cli download org/x --local-dir /m")`, `subprocess.run("ollama pull llama3",
     * shell=True)`): the model each fetches or serves (src/scanners/common/commands.ts).
     */
    commandString(k) {
        const text = k.val;
        // (not a text of several lines: a docstring's or a help text's usage instructions, `vllm serve org/x` among them)
        if (k.dyn || text === undefined || k.vs === undefined || text.length > 4096 || text.includes('\n'))
            return;
        if (!mayHoldCommand(text))
            return;
        for (const seg of text.matchAll(/[^;&|]+/g)) {
            this.budget.tick();
            if (!looksLikeCommand(seg[0]))
                continue;
            const { words, starts } = commandWords(seg[0]);
            const m = commandModel(words);
            if (m)
                this.report({ value: words[m.index], offset: k.vs + (seg.index ?? 0) + starts[m.index] }, m.mode, 'strong');
        }
    }
    /**
     * Whether the bracket at `i` opens an argument list of a command: its first element is a string naming a tool
     * that commands.ts reads (`["ollama", "pull", MODEL]`, `spawn("ollama", [...])`).
     */
    opensCommandList(i) {
        const k = this.toks[i];
        const first = this.toks[i + 1];
        return (k.t === T.Op &&
            (k.v === '(' || k.v === '[') &&
            first?.t === T.Str &&
            !first.dyn &&
            isCommandTool(first.val) &&
            this.toks[i + 2]?.t === T.Op &&
            this.toks[i + 2].v === ',');
    }
    /**
     * An argument list that runs a command (`["ollama", "pull", MODEL]`, `("ollama", "pull", model)`,
     * `spawn("ollama", ["pull", m])`, a list inside read as part of it): the model it fetches or serves, its value
     * followed as a loader's argument is.
     */
    commandList(open) {
        const toks = this.toks;
        const elems = [];
        for (const a of this.splitArgs(open).args) {
            const first = toks[a.start];
            if (isOpen(first) && first.v !== '{' && a.end === this.closeOf(a.start) + 1)
                elems.push(...this.splitArgs(a.start).args);
            else
                elems.push(a);
        }
        const words = elems.map((a) => {
            const t = toks[a.start];
            return a.end === a.start + 1 && t.t === T.Str && !t.dyn ? t.val : undefined;
        });
        const m = commandModel(words);
        if (!m)
            return;
        const a = elems[m.index];
        for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
            this.report(c, m.mode, 'strong');
    }
    /** A string written anywhere: `hf-hub:`/`hf://` ids, and catalog-known Hub ids. */
    stringAnywhere(k) {
        if (k.dyn || k.val === undefined || k.vs === undefined)
            return;
        const v = k.val;
        if (isHubPrefixed(v))
            this.report({ value: v, offset: k.vs }, 'hub', 'strong');
        else if (v.includes('/') && knownHubString(this.ctx, v))
            this.out.push({ id: v, kind: 'hub', offset: k.vs });
    }
    /** Reports a model of LangChain's `init_chat_model`, whose provider is `provider` or written in the value. */
    reportChatModel(c, provider) {
        if (c.env !== undefined)
            return;
        const cl = classifyChatModel(c.value, provider, this.ctx);
        if (!cl)
            return;
        const ref = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
        if (cl.provider)
            ref.provider = cl.provider;
        this.out.push(ref);
    }
    /** Reports a candidate by the way it reaches a model parameter. */
    report(c, mode, strength, revision) {
        this.budget.tick();
        let r = this.lastReading;
        if (!r || r.mode !== mode || r.strength !== strength || r.revision !== revision || r.env !== c.env) {
            const reading = `${mode}\0${strength}\0${revision ?? ''}\0${c.env ?? ''}`;
            let done = this.reported.get(reading);
            if (!done)
                this.reported.set(reading, (done = new Set()));
            r = this.lastReading = { mode, strength, revision, env: c.env, done };
        }
        if (r.done.has(c.offset))
            return;
        r.done.add(c.offset);
        if (c.owners) {
            if (this.fieldUses.length < MAX_FIELD_FACTS)
                this.fieldUses.push({ name: c.env ?? '', owners: c.owners, mode, strength, offset: c.offset });
            return;
        }
        if (c.env !== undefined) {
            if (isValueMode(mode) && (strength === 'strong' || mode !== 'hub'))
                this.uses.push({ name: c.env, mode, offset: c.offset });
            return;
        }
        let cl = values_classifyValue(c.value, mode, strength, this.ctx);
        if (!cl && this.ollamaFile && strength === 'weak' && mode === 'hub' && looksLikeOllamaLibrary(c.value))
            cl = classifyOllama(c.value);
        if (!cl)
            return;
        const ref = { id: cl.id, kind: cl.kind, offset: c.offset + (cl.shift ?? 0) };
        if (revision && cl.kind === 'hub')
            ref.revision = revision;
        if (cl.provider)
            ref.provider = cl.provider;
        if (cl.packagePinned)
            ref.packagePinned = true;
        if (cl.kind === 'hub')
            (strength === 'weak' && mode === 'hub' ? this.weakHub : this.strongHub).add(ref.offset);
        this.out.push(ref);
    }
    /** The references found: a value that reaches a hosted API is that, not also a Hub id of a weak context. */
    finish() {
        let raw = this.out;
        if (raw.some((r) => r.kind === 'hosted')) {
            const hosted = new Set(raw.filter((r) => r.kind === 'hosted').map((r) => r.offset));
            raw = raw.filter((r) => r.kind === 'hosted' || !hosted.has(r.offset));
        }
        // a value an Ollama client is given is an Ollama model, not also a Hub id read from its name alone
        // (`DEFAULT_MODEL_NAME = "chroma/all-minilm-l6-v2-f32"` ... `client.embed(model=...)`)
        if (this.weakHub.size && raw.some((r) => r.kind === 'ollama')) {
            const ollama = new Set(raw.filter((r) => r.kind === 'ollama').map((r) => r.offset));
            raw = raw.filter((r) => r.kind !== 'hub' || !ollama.has(r.offset) || !this.weakHub.has(r.offset) || this.strongHub.has(r.offset));
        }
        return { raw, uses: this.uses, fieldUses: this.fieldUses };
    }
}

;// CONCATENATED MODULE: ./src/scanners/python/lexer.ts

const PREFIX_RE = /^(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
/**
 * Two-character operators, each mapped to itself: a token holds the constant, never a fresh slice of the text, so
 * that the analysis compares operators against constants of one kind of string (a fresh string there makes V8
 * throw away the analysis's optimised code once per run).
 */
const MULTI_OPS = new Map(['==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '->', '**', '//', '%=', '&=', '|=', '^=', '@='].map((op) => [
    op,
    op,
]));
function isIdentStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdentPart(c) {
    return isIdentStart(c) || (c >= 48 && c <= 57);
}
/**
 * A light Python tokenizer: names, strings (with prefixes, triple quotes, f-strings flagged as dynamic),
 * numbers, operators and logical-line ends. Comments are skipped (their [start, end) ranges go to `comments`
 * when given). Linear in the source; throws only `ScanBudgetError`, from `budget`.
 */
function lexPython(src, budget, comments) {
    const toks = [];
    const n = src.length;
    let i = 0;
    let depth = 0;
    let bol = true;
    let lineStart = 0;
    const push = (k) => {
        if (bol) {
            k.bol = true;
            k.indent = k.s - lineStart;
            bol = false;
        }
        toks.push(k);
    };
    while (i < n) {
        budget?.tick();
        const c = src.charCodeAt(i);
        if (c === 10) {
            if (depth === 0 && !bol) {
                toks.push(tok(T.Newline, '\n', i, i + 1));
            }
            if (depth === 0)
                bol = true;
            i++;
            lineStart = i;
            continue;
        }
        if (c === 32 || c === 9 || c === 13 || c === 12) {
            i++;
            continue;
        }
        if (c === 35) {
            const nl = src.indexOf('\n', i);
            const end = nl === -1 ? n : nl;
            comments?.push([i, end]);
            i = end;
            continue;
        }
        if (c === 92 && src.charCodeAt(i + 1) === 10) {
            i += 2;
            continue;
        }
        if (c === 34 || c === 39) {
            i = lexString(src, i, i, '', push);
            continue;
        }
        if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentPart(src.charCodeAt(j)))
                j++;
            const word = src.slice(i, j);
            const q = src.charCodeAt(j);
            if ((q === 34 || q === 39) && j - i <= 2 && PREFIX_RE.test(word)) {
                i = lexString(src, i, j, word.toLowerCase(), push);
                continue;
            }
            push(tok(T.Name, word, i, j));
            i = j;
            continue;
        }
        if (c >= 48 && c <= 57) {
            let j = i + 1;
            while (j < n && /[\w.]/.test(src[j]))
                j++;
            push(tok(T.Num, src.slice(i, j), i, j));
            i = j;
            continue;
        }
        const two = MULTI_OPS.get(src.slice(i, i + 2));
        if (two !== undefined) {
            push(tok(T.Op, two, i, i + 2));
            i += 2;
            continue;
        }
        const ch = src[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0)
            depth--;
        push(tok(T.Op, ch, i, i + 1));
        i++;
    }
    return toks;
}
function lexString(src, start, q, prefix, push) {
    const n = src.length;
    const quote = src[q];
    const triple = src.startsWith(quote.repeat(3), q);
    const open = triple ? 3 : 1;
    const raw = prefix.includes('r');
    const fmt = prefix.includes('f') || prefix.includes('t');
    let j = q + open;
    let val = '';
    let dyn = false;
    while (j < n) {
        const ch = src[j];
        if (ch === '\\') {
            const next = src[j + 1];
            if (raw) {
                val += ch + (next ?? '');
            }
            else if (next === '\n') {
                /* line continuation inside a string */
            }
            else {
                val += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
            }
            j += 2;
            continue;
        }
        if (ch === quote && (!triple || src.startsWith(quote.repeat(3), j))) {
            j += open;
            break;
        }
        if (ch === '\n' && !triple)
            break;
        if (fmt && ch === '{') {
            if (src[j + 1] === '{') {
                val += '{';
                j += 2;
                continue;
            }
            dyn = true;
        }
        val += ch;
        j++;
    }
    push(tok(T.Str, src.slice(start, j), start, j, val, q + open, dyn));
    return j;
}
/**
 * Module constants that name checkpoints for documentation, in the style of Hugging Face transformers' modeling
 * files (and the many projects that copy them): `_CHECKPOINT_FOR_DOC = "bigscience/bloom-560m"` (the checkpoint of
 * generated docstring examples), `_CHECKPOINT_FOR_SEQUENCE_CLASSIFICATION`, `BLOOM_PRETRAINED_MODEL_ARCHIVE_LIST`,
 * `IDEFICS_PRETRAINED_CONFIG_ARCHIVE_MAP` (lists of the checkpoints an architecture has). They name models; they load
 * none.
 */
const DOC_CONSTANT_RE = /^(?:_?[A-Z0-9_]*(?:_FOR_DOC|_PRETRAINED_(?:MODEL|CONFIG)_ARCHIVE_(?:LIST|MAP))|_CHECKPOINT_FOR_[A-Z0-9_]+)$/;
/**
 * When the token at `i` starts the assignment of a documentation constant (`NAME = ...` at the start of a line,
 * NAME matching DOC_CONSTANT_RE): the index of the Newline token that ends its value (a Newline comes only outside
 * brackets), else -1.
 */
function docConstantEnd(toks, i) {
    const k = toks[i];
    if (k.t !== T.Name || !k.bol || toks[i + 1]?.t !== T.Op || toks[i + 1].v !== '=' || !DOC_CONSTANT_RE.test(k.v))
        return -1;
    return lineEnd(toks, i + 2);
}
/** The index of the first Newline token from `from` on (the end of a logical line), or `toks.length`. */
function lineEnd(toks, from) {
    let j = from;
    while (j < toks.length && toks[j].t !== T.Newline)
        j++;
    return j;
}
/**
 * Ranges of a Python source that are documentation, not code: comments, docstrings (a string that is a statement
 * of its own), and the values of documentation constants (DOC_CONSTANT_RE). References found there are mentions.
 */
function pythonProse(src, budget) {
    const ranges = [];
    const toks = lexPython(src, budget, ranges);
    for (let i = 0; i < toks.length; i++) {
        const k = toks[i];
        const end = k.bol && k.t === T.Name ? docConstantEnd(toks, i) : -1;
        if (end >= 0) {
            if (end > i + 2)
                ranges.push([toks[i + 2].s, toks[end - 1].e]);
            i = end - 1;
            continue;
        }
        if (k.t !== T.Str || !k.bol)
            continue;
        const next = toks[i + 1];
        if (!next || next.t === T.Newline)
            ranges.push([k.s, k.e]);
    }
    return ranges.sort((a, b) => a[0] - b[0]);
}

;// CONCATENATED MODULE: ./src/scanners/python/analyze.ts








const HUB_LOADER_KWS = [
    'pretrained_model_name_or_path',
    'model_name_or_path',
    'model_name',
    'model_id',
    'repo_id',
    'pretrained_model_or_path',
];
const RULES = table({
    from_pretrained: { pos: 0, kws: HUB_LOADER_KWS, mode: 'hub', strength: 'strong' },
    from_single_file: { pos: 0, kws: ['pretrained_model_link_or_path'], mode: 'hub', strength: 'strong' },
    load_lora_weights: { pos: 0, kws: ['pretrained_model_name_or_path_or_dict'], mode: 'hub', strength: 'strong' },
    load_lora_adapter: { pos: 0, kws: ['pretrained_model_name_or_path_or_dict'], mode: 'hub', strength: 'strong' },
    load_ip_adapter: { pos: 0, kws: ['pretrained_model_name_or_path_or_dict'], mode: 'hub', strength: 'strong' },
    load_textual_inversion: { pos: 0, kws: ['pretrained_model_name_or_path'], mode: 'hub', strength: 'strong' },
    pipeline: { pos: 1, kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
    SentenceTransformer: { pos: 0, kws: ['model_name_or_path'], mode: 'st', strength: 'strong' },
    SparseEncoder: { pos: 0, kws: ['model_name_or_path'], mode: 'st', strength: 'strong' },
    CrossEncoder: { pos: 0, kws: ['model_name_or_path', 'model_name'], mode: 'hub', strength: 'strong' },
    hf_hub_download: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
    snapshot_download: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
    hf_hub_url: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
    model_info: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong' },
    list_repo_files: { pos: 0, kws: ['repo_id'], mode: 'hub', strength: 'strong', repoType: true },
    LLM: { pos: 0, kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
    EngineArgs: { kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
    AsyncEngineArgs: { kws: ['model'], mode: 'hub', strength: 'strong', also: ['tokenizer'] },
    HuggingFaceEndpoint: { kws: ['repo_id', 'model'], mode: 'hub', strength: 'strong' },
    HuggingFaceHub: { kws: ['repo_id'], mode: 'hub', strength: 'strong' },
    from_model_id: { pos: 0, kws: ['model_id'], mode: 'hub', strength: 'strong' },
    HuggingFaceEmbeddings: { kws: ['model_name', 'model'], mode: 'st', strength: 'strong' },
    HuggingFaceEmbedding: { pos: 0, kws: ['model_name'], mode: 'st', strength: 'strong' },
    HuggingFaceBgeEmbeddings: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
    HuggingFaceInstructEmbeddings: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
    HuggingFaceEndpointEmbeddings: { kws: ['model', 'repo_id'], mode: 'hub', strength: 'strong' },
    HuggingFaceInferenceAPIEmbeddings: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
    HuggingFaceInferenceAPIEmbedding: { kws: ['model_name'], mode: 'hub', strength: 'strong' },
    HuggingFaceInferenceAPI: { kws: ['model_name', 'model'], mode: 'hub', strength: 'strong' },
    HuggingFaceLLM: { kws: ['model_name'], mode: 'hub', strength: 'strong', also: ['tokenizer_name'] },
    ChatHuggingFace: { kws: ['model_id'], mode: 'hub', strength: 'strong' },
    InferenceClient: { pos: 0, kws: ['model'], mode: 'hub', strength: 'strong' },
    AsyncInferenceClient: { pos: 0, kws: ['model'], mode: 'hub', strength: 'strong' },
    ChatOllama: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
    Ollama: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
    OllamaLLM: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
    OllamaEmbeddings: { pos: 0, kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' },
    OllamaEmbedding: { pos: 0, kws: ['model_name', 'model'], mode: 'ollama', strength: 'strong' },
    OllamaFunctions: { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' },
});
const OLLAMA_MODULE_CALLS = new Set(['chat', 'generate', 'embed', 'embeddings', 'pull', 'show', 'push']);
/** Functions of the `replicate` client module whose first argument names the model run. */
const REPLICATE_MODULE_CALLS = new Set(['run', 'async_run', 'stream', 'async_stream']);
const PEFT_RECEIVER_RE = /^Peft(?:Model(?:For\w+)?|MixedModel)$/;
/** Calls whose `repo_id`/`model` arguments are destinations, not models being loaded. */
const OUTPUT_CALL_RE = /(?:push|upload|create_repo|delete|save|commit|update|duplicate|move_repo|create_branch|create_tag)/i;
/**
 * Calls whose arguments name Hub repositories written to or datasets read, never models loaded: a constant used
 * only there (`REPO_ID = "org/x"` ... `ds.push_to_hub(REPO_ID)`) names no model dependency. Narrower than
 * OUTPUT_CALL_RE (`update`, `save` take model names on their way to a loader).
 */
const DESTINATION_CALL_RE = /^(?:push_to_hub|upload_(?:file|folder|large_folder)|create_repo|delete_(?:repo|file|folder)|create_(?:branch|tag|commit)|duplicate_(?:space|repo)|move_repo)$/;
const KEYWORDS = new Set(['if', 'else', 'or', 'and', 'not', 'None', 'True', 'False', 'lambda', 'in', 'is', 'await']);
const GETTERS = new Set(['getenv', 'get', 'setdefault', 'pop']);
/** Calls whose arguments name datasets, not models. */
const DATASET_CALLS = new Set([
    'load_dataset',
    'load_dataset_builder',
    'get_dataset_config_names',
    'get_dataset_split_names',
    // distilabel's pipeline step that reads a dataset of the Hub (`LoadDataFromHub(repo_id="argilla/10Kprompts-mini")`)
    'LoadDataFromHub',
]);
/**
 * Classes of datasets, by their name (`LeRobotDataset(repo_id=...)`, `LeRobotDatasetMetadata(repo_id)`,
 * `StreamingDataset(...)`): CamelCase with a `Dataset` word. Their `repo_id` names a dataset of the Hub.
 */
const DATASET_CLASS_RE = /^[A-Z][A-Za-z0-9]*Dataset(?:[A-Z][A-Za-z0-9]*)?$/;
/**
 * Calls whose arguments name Hub repositories of compute kernels, not models: the `kernels` library's
 * (`get_kernel("kernels-community/activation", version=1)`, `LayerRepository(repo_id=...)`) and the loaders built on
 * it (text-generation-inference's `load_kernel(module="rotary", repo_id="kernels-community/rotary")`).
 * https://huggingface.co/docs/kernels/api/kernels
 */
const KERNEL_CALLS = new Set([
    'get_kernel',
    'has_kernel',
    'load_kernel',
    'get_locked_kernel',
    'install_kernel',
    'get_kernel_variants',
    'LayerRepository',
    'LockedLayerRepository',
]);
/** Decorators and helpers that write docstrings (`add_code_sample_docstrings`, `replace_return_docstrings`). */
const DOCSTRING_CALL_RE = /docstring/i;
/** Keyword arguments of OpenAI-compatible clients that point them at a server. */
const BASE_URL_KWS = [
    'base_url',
    'openai_api_base',
    'api_base',
    'azure_endpoint',
    'endpoint',
    'base_url_override',
    'anthropic_api_url',
];
/** Keys of a dict that describes one model (`MODEL = {"name": "org/x", "dtype": ...}`) and name it. */
const MODEL_RECORD_KEYS = ['name', 'id', 'repo', 'repo_id', 'source', 'path', 'uri', 'name_or_path'];
const GENAI_METHODS = new Set([
    'generate_content',
    'generate_content_stream',
    'embed_content',
    'count_tokens',
    'generate_images',
]);
const BEDROCK_METHODS = new Set(['invoke_model', 'invoke_model_with_response_stream', 'converse', 'converse_stream']);
const LITELLM_CALLS = new Set([
    'completion',
    'acompletion',
    'embedding',
    'aembedding',
    'text_completion',
    'image_generation',
    'transcription',
]);
/** Finds model references in Python source. Offsets are offsets of `code`. */
function analyzePython(code, ctx, budget = new Budget(code.length, ctx)) {
    return new PyAnalyzer(code, lexPython(code, budget), ctx, budget).run();
}
/** The words of a text split at runs of white space (one pass: `split(/\s+as\s+/)` backtracks on long runs). */
function words(s) {
    return s.split(/[ \t\r\n]+/).filter(Boolean);
}
/** Flags of speech tools that take a Whisper size (`--model_size large-v3`, `--whisper-model small`). */
const SPEECH_FLAG_RE = /^-{1,2}(?:model[-_]size|whisper[-_]model|whisper[-_]size)$/i;
/** Functions named for loading a model (`load_pretrained_model`, `load_model`, `get_model`, `build_llm`). */
const LOADER_NAME_RE = /^(?:load|get|build|create|init|setup|download)_(?:\w+_)?(?:model|pretrained|checkpoint|llm|pipeline)$/i;
/** Names of several models (`MODELS`, `model_ids`, `CHECKPOINTS`, `embedding_model_names`). */
const PLURAL_RE = /(?:s|S)$/;
/** A class field's value worth telling other modules about: one word that could name a model. */
const FIELD_VALUE_RE = /^[A-Za-z0-9][\w.:/@+-]{0,199}$/;
/** Names that end the iterable of `for x in ...`, and the right side of a guard's `in` (see `operandEnd`). */
const ITERABLE_STOPS = new Set(['if', 'for']);
const GUARD_STOPS = new Set(['and', 'or', 'if']);
class PyAnalyzer extends FlowAnalyzer {
    mlx;
    /** Modules imported (`import a.b` → `a.b`; `from a.b import c` → `a.b`). */
    modules = new Set();
    /** Names imported with `from M import NAME [as ALIAS]` → M. */
    imported = new Map();
    /** Client instances (`client = OpenAI(base_url=...)`) → what their methods' `model=` names. */
    instances = new Map();
    /** Instances whose server comes from the environment (`base_url=os.getenv(...)`): the provider is a guess. */
    softInstances = new Set();
    /** Parameters annotated with a name (`def f(cfg: Configuration)`) → the names of the annotation. */
    annotations = new Map();
    /** Class-body assignments with a string in their value: the field, its outermost class, its value's tokens. */
    classFields = [];
    /** Module-level assignments `NAME = X(...)`: NAME → X (an instance, when X is a class of this module). */
    moduleInstances = [];
    classNames = new Set();
    /** loopIns(), once computed. */
    loopInsMemo;
    /** `openai.api_base = ...` of this file (null: not looked at yet). */
    openaiServer = null;
    constructor(code, toks, ctx, budget) {
        super(code, toks, ctx, budget);
        this.mlx = code.includes('mlx_lm');
        this.ollamaFile = /ollama/i.test(code) || code.includes('11434');
        this.readImports();
    }
    readImports() {
        const code = this.code;
        for (const m of code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\(?)([^\n#]*)/gm)) {
            this.budget.tick();
            const mod = m[1];
            this.modules.add(mod);
            let names = m[3];
            if (m[2] === '(' && !names.includes(')')) {
                const start = (m.index ?? 0) + m[0].length;
                const end = code.indexOf(')', start);
                names += code.slice(start, end === -1 ? Math.min(code.length, start + 4096) : Math.min(end, start + 4096));
            }
            for (const part of names.split(',')) {
                const w = words(part.replace(/[()]/g, ''));
                const name = w[1] === 'as' && w[2] ? w[2] : w[0];
                if (name && /^\w+$/.test(name))
                    this.imported.set(name, mod);
            }
        }
        for (const m of code.matchAll(/^[ \t]*import[ \t]+([\w., \t]+)/gm)) {
            this.budget.tick();
            for (const part of m[1].split(',')) {
                const w = words(part);
                if (w[0])
                    this.modules.add(w[0]);
                if (w[0] && w[1] === 'as' && w[2])
                    this.imported.set(w[2], w[0]);
            }
        }
    }
    importsModule(re) {
        for (const m of this.modules)
            if (re.test(m))
                return true;
        return false;
    }
    run() {
        this.collectAssignments();
        const toks = this.toks;
        // Strings inside a call on a repository that is no model (load_dataset("org/name"), a kernel loader,
        // repo_type="dataset") name that repository, even when a model has the same id; those of a documentation
        // constant (DOC_CONSTANT_RE) name checkpoints for documentation. Neither is read as a catalog-known id.
        let skipStringsUntil = -1;
        // Arguments of destination calls and of calls on repositories that are no models (DESTINATION_CALL_RE,
        // DATASET_CALLS, KERNEL_CALLS, repo_type), as a difference array: linear however they nest.
        const dest = new Int32Array(toks.length + 1);
        const notModelRepo = this.callsOnNonModelRepos();
        const tables = this.modelishTables();
        // strings to read as ids written anywhere (catalog-known, prefixed), once what the file only compares is known
        const anywhere = [];
        for (let i = 0; i < toks.length; i++) {
            this.budget.tick();
            const k = toks[i];
            const docEnd = k.bol && k.t === T.Name ? docConstantEnd(toks, i) : -1;
            if (docEnd >= 0) {
                // a documentation constant's value names checkpoints, loads none: its strings are not read
                skipStringsUntil = Math.max(skipStringsUntil, docEnd);
                continue;
            }
            if (isExampleName(k) && toks[i + 1]?.t === T.Op && toks[i + 1].v === '=' && i + 2 < toks.length) {
                // samples that document a value (pydantic's `Field(examples=["org/x", {"model": "org/y"}])`,
                // `example="org/x"`): what a user may write there, not what the code loads; nothing in them is read
                i = isOpen(toks[i + 2]) ? this.closeOf(i + 2) : i + 2;
                continue;
            }
            if (k.t === T.Str) {
                // (not a dict's key, unless a model-ish name holds the dict: a table of facts about models,
                // `{"google/gemma-2-9b-it": {"context": 8192}}`, looks them up by id and loads none)
                if (i > skipStringsUntil && (tables?.[i] || !this.isTableKey(i)))
                    anywhere.push(i);
                if (i > skipStringsUntil)
                    this.commandString(k);
                if (toks[i + 1]?.t === T.Op && toks[i + 1].v === ':' && !k.dyn) {
                    if (isModelishName(k.val ?? ''))
                        this.dictEntry(i + 2);
                    else if (isModelPathName(k.val ?? ''))
                        this.dictEntry(i + 2, true);
                }
                continue;
            }
            if (i > skipStringsUntil && this.opensCommandList(i))
                this.commandList(i);
            // LlamaIndex's global setting: `Settings.embed_model = "local:BAAI/bge-small-en-v1.5"`
            if (k.bol &&
                k.t === T.Name &&
                toks[i + 1]?.v === '.' &&
                toks[i + 2]?.v === 'embed_model' &&
                toks[i + 3]?.v === '=')
                this.embedModelSetting(i + 4);
            if (k.t !== T.Op || k.v !== '(' || i === 0 || toks[i - 1].t !== T.Name)
                continue;
            const before = toks[i - 2];
            if (before && before.t === T.Name && (before.v === 'def' || before.v === 'class'))
                continue;
            const callee = toks[i - 1].v;
            const notModel = DATASET_CALLS.has(callee) || DATASET_CLASS_RE.test(callee) || KERNEL_CALLS.has(callee) || notModelRepo?.has(i);
            if (notModel)
                skipStringsUntil = Math.max(skipStringsUntil, this.closeOf(i));
            if (notModel || DESTINATION_CALL_RE.test(callee)) {
                dest[i]++;
                dest[this.closeOf(i) + 1]--;
            }
            // (a dataset call's `repo_id=` names the dataset, a kernel loader's a kernel)
            if (!notModel)
                this.call(i);
        }
        const neverLoaded = this.namesNeverLoaded(dest);
        if (anywhere.length)
            this.readAnywhere(anywhere, neverLoaded);
        // Assignments to model-ish names: MODEL_ID = "org/x", EMBEDDING_MODELS = [...], OLLAMA_MODEL: str = "llama3".
        for (const [name, list] of this.assigns) {
            const ollamaName = /ollama/i.test(name) && /model/i.test(name);
            if (!ollamaName && !isModelishName(name))
                continue;
            if (neverLoaded.has(name) || DOC_CONSTANT_RE.test(name))
                continue;
            for (const a of list) {
                const mode = ollamaName || (a.cls !== undefined && /ollama/i.test(a.cls)) ? 'ollama' : 'hub';
                // a settings field named for an Ollama model is also read from the environment (`.env`, compose)
                if (a.env && mode === 'ollama')
                    this.uses.push({ name: a.env(), mode, offset: a.envAt ?? 0 });
                if (a.e <= a.s || a.elem)
                    continue;
                if (toks[a.s].t === T.Op && toks[a.s].v === '{' && !PLURAL_RE.test(name)) {
                    // a dict under a singular name describes one model (or is a record that is no model at all: a
                    // Kubernetes object named `model`): the entries that name it, not every value
                    for (const key of MODEL_RECORD_KEYS)
                        for (const c of this.keyedValue(name, key, 0, new Set()) ?? [])
                            if (c.env === undefined)
                                this.report(c, mode, 'weak');
                    continue;
                }
                const cands = isOpen(toks[a.s]) ? this.collection(a.s, a.e) : this.evalExpr(a.s, a.e, 0, new Set([name]));
                for (const c of cands)
                    if (c.env !== undefined)
                        continue;
                    else if (this.llamaIndexEmbed(name, c.value))
                        this.report(c, 'llama-index-embed', 'strong');
                    else
                        this.report(c, mode, 'weak');
            }
        }
        return { ...this.finish(), fields: this.fields() };
    }
    /**
     * Reads the strings at `at` as ids written anywhere (stringAnywhere), but not the names the file only compares a
     * value with: an operand of a comparison (`if name == "BAAI/bge-m3":`), a member of a collection that a
     * membership test reads inline (`if self.model_name in ["BAAI/bge-large-zh-v1.5", ...]:`), and the values of
     * model-ish names used only as such collections (`BGE_MODELS = (...)` read only by `if name in BGE_MODELS:`).
     * A collection a `for` iterates is read. Linear: difference arrays over the tokens.
     */
    readAnywhere(at, neverLoaded) {
        const toks = this.toks;
        const loops = this.loopIns();
        const skip = new Int32Array(toks.length + 1);
        for (const name of neverLoaded)
            for (const a of this.assigns.get(name) ?? [])
                if (a.e > a.s && !a.elem) {
                    skip[a.s]++;
                    skip[a.e]--;
                }
        for (let j = 1; j < toks.length; j++) {
            this.budget.tick();
            if (!isOpen(toks[j]) || toks[j - 1].t !== T.Name || toks[j - 1].v !== 'in' || loops.has(j - 1))
                continue;
            skip[j]++;
            skip[this.closeOf(j) + 1]--;
        }
        for (let i = 0, depth = 0, next = 0; next < at.length; i++) {
            depth += skip[i];
            if (i !== at[next])
                continue;
            next++;
            if (depth === 0 && !compared(toks, i, 0, toks.length))
                this.stringAnywhere(toks[i]);
        }
    }
    /**
     * The `in` tokens of `for`s (a loop, a comprehension: they iterate), as opposed to membership tests: one pending
     * `for` per bracket depth until its `in` (`for (a, b) in pairs`, `[f(x) for x in (...)]`). One pass, memoised.
     */
    loopIns() {
        if (this.loopInsMemo)
            return this.loopInsMemo;
        const toks = this.toks;
        const out = new Set();
        const pendingFor = [0];
        for (let i = 0; i < toks.length; i++) {
            this.budget.tick();
            const k = toks[i];
            if (k.t === T.Op) {
                if (k.v === '(' || k.v === '[' || k.v === '{')
                    pendingFor.push(0);
                else if ((k.v === ')' || k.v === ']' || k.v === '}') && pendingFor.length > 1)
                    pendingFor.pop();
            }
            else if (k.t === T.Name) {
                if (k.v === 'for')
                    pendingFor[pendingFor.length - 1]++;
                else if (k.v === 'in' && pendingFor[pendingFor.length - 1] > 0 && toks[i - 1]?.v !== 'not') {
                    pendingFor[pendingFor.length - 1]--;
                    out.add(i);
                }
            }
        }
        return (this.loopInsMemo = out);
    }
    /**
     * The opening parentheses of calls that say, in their own arguments, that their repository is a dataset or a
     * Space (`hf_hub_download(repo_id=REPO_ID, repo_type="dataset", ...)`): read as dataset calls, so that a constant
     * they alone read (`REPO_ID = "diffusers/benchmarks"`) is not taken for a model. One pass over the tokens.
     */
    callsOnNonModelRepos() {
        // (most files never say repo_type: no pass over their tokens)
        if (!this.code.includes('repo_type'))
            return undefined;
        const toks = this.toks;
        const out = new Set();
        const open = [];
        for (let i = 0; i < toks.length; i++) {
            const k = toks[i];
            if (k.t === T.Op) {
                if (k.v === '(' || k.v === '[' || k.v === '{')
                    open.push(i);
                else if (k.v === ')' || k.v === ']' || k.v === '}')
                    open.pop();
                continue;
            }
            if (k.t !== T.Name || k.v !== 'repo_type' || !open.length)
                continue;
            const at = open[open.length - 1];
            const eq = toks[i + 1];
            const v = toks[i + 2];
            if (toks[at].v !== '(' || eq?.t !== T.Op || eq.v !== '=' || v?.t !== T.Str || v.dyn)
                continue;
            if (v.val === 'dataset' || v.val === 'space')
                out.add(at);
        }
        return out;
    }
    /**
     * Model-ish names that the file uses, and uses only inside the arguments of destination and dataset calls
     * (`dest`: a difference array over tokens) or as the collection of a membership test (`if name not in
     * basic_transformer_models:`, a list of names compared with, not loaded): plain variables (a method's local
     * variable is one), and fields (a class field, `self.NAME = ...`) whose reads in the file (`script_args.repo_id`,
     * or the parameter a function takes it as) all go there, as TRL's dataset scripts push to their `repo_id`. A
     * name never used at all is not among them, nor an attribute of a plain variable's name (`cfg.model_id` is
     * another object's): it may reach a loader elsewhere. Another module that reads a field into a loader still
     * reports it (the field facts). A membership test's values still reach a name it guards (`assert NAME in MODELS`).
     */
    namesNeverLoaded(dest) {
        const out = new Set();
        const toks = this.toks;
        const names = new Map();
        for (const [name, list] of this.assigns) {
            if (!isModelishName(name) || list.some((a) => a.env !== undefined))
                continue;
            const field = list.every((a) => a.field);
            if (field || list.every((a) => !a.field))
                names.set(name, { dest: 0, other: 0, field });
        }
        if (!names.size)
            return out;
        const params = [...names.values()].some((n) => n.field) ? this.functionParameters() : undefined;
        const opens = []; // the open brackets around the token being read
        let depth = 0;
        const loops = this.loopIns();
        let signatureEnd = -1; // the closing parenthesis of the `def` being read: its parameters are bindings
        for (let i = 0; i < toks.length; i++) {
            this.budget.tick();
            depth += dest[i];
            const k = toks[i];
            if (k.t === T.Op) {
                if (k.v === '(' || k.v === '[' || k.v === '{')
                    opens.push(i);
                else if (k.v === ')' || k.v === ']' || k.v === '}')
                    opens.pop();
                continue;
            }
            if (k.t !== T.Name)
                continue;
            if (k.v === 'def' && toks[i + 1]?.t === T.Name && toks[i + 2]?.v === '(')
                signatureEnd = this.closeOf(i + 2);
            const n = names.get(k.v);
            if (!n)
                continue;
            const prev = toks[i - 1];
            const next = toks[i + 1];
            const attribute = prev?.t === T.Op && prev.v === '.';
            if (attribute && !n.field)
                n.other++; // an attribute of a plain variable's name: another object's, followed elsewhere
            else if (next?.t === T.Op && (next.v === '=' || (next.v === ':' && k.bol)))
                continue; // a target or keyword
            else if (i < signatureEnd && this.parameterAt(i))
                continue; // a parameter of the function being defined
            else if (attribute && params && this.passedOn(i, opens.at(-1), params))
                continue; // `main(script_args.repo_id)`: the parameter `repo_id` of this file's `main` decides
            else if (depth > 0 || (prev?.t === T.Name && prev.v === 'in' && !loops.has(i - 1)))
                n.dest++;
            else
                n.other++;
        }
        for (const [name, n] of names)
            if (n.dest > 0 && n.other === 0)
                out.add(name);
        return out;
    }
    /** The parameter names of each function this file defines (a name defined twice: all its parameters). */
    functionParameters() {
        const toks = this.toks;
        const out = new Map();
        for (let i = 0; i + 2 < toks.length; i++) {
            this.budget.tick();
            if (toks[i].t !== T.Name || toks[i].v !== 'def' || toks[i + 1].t !== T.Name || toks[i + 2].v !== '(')
                continue;
            const end = this.closeOf(i + 2);
            const set = out.get(toks[i + 1].v) ?? new Set();
            for (let j = i + 3; j < end; j++) {
                this.budget.tick();
                if (this.parameterAt(j))
                    set.add(toks[j].v);
                if (isOpen(toks[j]))
                    j = this.closeOf(j);
            }
            out.set(toks[i + 1].v, set);
            i = end;
        }
        return out;
    }
    /** Whether the name at `j`, inside a `def`'s parentheses, is a parameter's (after `(`, `,`, `*` or `**`). */
    parameterAt(j) {
        const k = this.toks[j];
        const p = this.toks[j - 1];
        return k.t === T.Name && p?.t === T.Op && (p.v === '(' || p.v === ',' || p.v === '*' || p.v === '**');
    }
    /**
     * Whether the attribute read at `i` (`script_args.repo_id`) is a whole argument of a call, at `open`, to a
     * function of this file that has a parameter of the same name: what that parameter meets decides.
     */
    passedOn(i, open, params) {
        const toks = this.toks;
        if (open === undefined || toks[open].v !== '(' || toks[open - 1]?.t !== T.Name)
            return false;
        if (!params.get(toks[open - 1].v)?.has(toks[i].v))
            return false;
        const after = toks[i + 1];
        if (after?.t !== T.Op || (after.v !== ',' && after.v !== ')'))
            return false;
        let j = i - 1; // the '.' before the name; walk back over `a.b.` to the start of the chain
        while (toks[j]?.v === '.' && toks[j - 1]?.t === T.Name)
            j -= 2;
        const before = toks[j];
        return before?.t === T.Op && (before.v === '(' || before.v === ',' || before.v === '=') && j >= open;
    }
    /** A class-body assignment whose value holds a string: a field other modules may read. */
    classField(owner, name, s, e) {
        if (this.classFields.length >= MAX_FIELD_FACTS)
            return;
        for (let m = s; m < e; m++) {
            this.budget.tick();
            if (this.toks[m].t === T.Str) {
                this.classFields.push({ owner, name, s, e });
                return;
            }
        }
    }
    /**
     * The string values of the class fields, for the modules that import the class (or a module-level instance
     * of it: `settings = Settings()`) and read the field into a model parameter.
     */
    fields() {
        const out = [];
        if (!this.classFields.length)
            return out;
        const instances = new Map();
        for (const m of this.moduleInstances) {
            if (!this.classNames.has(m.cls))
                continue;
            const list = instances.get(m.cls) ?? [];
            if (list.length < 8)
                list.push(m.name);
            instances.set(m.cls, list);
        }
        for (const f of this.classFields) {
            for (const c of this.evalExpr(f.s, f.e, 0, new Set([f.name]))) {
                if (c.env !== undefined || !FIELD_VALUE_RE.test(c.value))
                    continue;
                for (const owner of [f.owner, ...(instances.get(f.owner) ?? [])]) {
                    if (out.length >= MAX_FIELD_FACTS)
                        return out;
                    out.push({ owner, name: f.name, value: c.value, offset: c.offset });
                }
            }
        }
        return out;
    }
    /**
     * The imported names an object may be, for `obj.attr` read from another module's class: `obj` itself when
     * imported (`Config.Model.LOCAL_LLM`, `settings.model`), else what it is assigned from
     * (`cfg = Configuration.from_runnable_config(config)`, `self.cfg = Settings()`) or annotated with
     * (`def f(cfg: Configuration)`). Undefined when it is none of these.
     */
    ownersOf(chain) {
        const self = chain[0] === 'self' || chain[0] === 'cls';
        if (self && chain.length < 3)
            return undefined;
        const base = self ? chain[1] : chain[0];
        const names = new Set();
        if (!self && this.imported.has(base))
            names.add(base);
        else {
            for (const a of this.assigns.get(base) ?? []) {
                this.budget.tick();
                const k = this.toks[a.s];
                if (a.e > a.s && !a.elem && k.t === T.Name && this.imported.has(k.v))
                    names.add(k.v);
                if (names.size >= 8)
                    break;
            }
            for (const n of this.annotations.get(base) ?? [])
                names.add(n);
        }
        if (!names.size)
            return undefined;
        return [...names].map((name) => ({ name, module: this.imported.get(name) ?? '' }));
    }
    /**
     * Records `NAME = expr`, `NAME: T = expr`, `self.NAME = expr`, parameter defaults of `def`, loop variables,
     * argparse defaults (under their `dest`), pydantic settings fields (also read from the environment) and
     * client instances (`client = OpenAI(base_url=...)`).
     */
    collectAssignments() {
        const toks = this.toks;
        const classes = [];
        for (let i = 0; i < toks.length; i++) {
            this.budget.tick();
            const k = toks[i];
            if (k.bol) {
                while (classes.length && classes[classes.length - 1].indent >= (k.indent ?? 0))
                    classes.pop();
                const inner = classes[classes.length - 1];
                if (inner && inner.body === undefined)
                    inner.body = k.indent ?? 0;
            }
            if (k.t !== T.Name)
                continue;
            if (k.v === 'class' && k.bol && toks[i + 1]?.t === T.Name) {
                let settings = false;
                if (toks[i + 2]?.t === T.Op && toks[i + 2].v === '(') {
                    const end = this.closeOf(i + 2);
                    for (let j = i + 3; j < end; j++)
                        if (toks[j].t === T.Name && /Settings$/.test(toks[j].v))
                            settings = true;
                }
                const name = toks[i + 1].v;
                this.classNames.add(name);
                classes.push({
                    indent: k.indent ?? 0,
                    name,
                    top: classes[0]?.top ?? name,
                    settings: settings ? { prefix: '' } : undefined,
                });
                continue;
            }
            if (k.v === 'def' && toks[i + 1]?.t === T.Name && toks[i + 2]?.v === '(') {
                const { args } = this.splitArgs(i + 2);
                for (const a of args)
                    this.paramDefault(a);
                continue;
            }
            if (k.v === 'for' && toks[i + 1]?.t === T.Name && toks[i + 2]?.t === T.Name && toks[i + 2].v === 'in') {
                const end = this.operandEnd(i + 3, ITERABLE_STOPS, false);
                this.addAssign(toks[i + 1].v, { s: i + 3, e: end, elem: true });
                continue;
            }
            // a guard that names the values a name may take: `assert NAME in {...}`, `if NAME not in (...):` (then
            // raise), as nanoGPT checks `model_type` before `from_pretrained(model_type)`
            const guard = k.v === 'assert' ? i + 2 : k.v === 'if' && toks[i + 2]?.v === 'not' ? i + 3 : -1;
            if (guard !== -1 && toks[i + 1]?.t === T.Name && toks[guard]?.t === T.Name && toks[guard].v === 'in') {
                this.addAssign(toks[i + 1].v, { s: guard + 1, e: this.operandEnd(guard + 1, GUARD_STOPS, true), elem: true });
                continue;
            }
            if (k.v === 'env_prefix' && toks[i + 2]?.t === T.Str && (toks[i + 1]?.v === '=' || toks[i + 1]?.v === ':')) {
                const settings = [...classes].reverse().find((c) => c.settings)?.settings;
                if (settings)
                    settings.prefix = toks[i + 2].val ?? '';
                continue;
            }
            if (k.v === 'add_argument' && toks[i + 1]?.v === '(') {
                this.argparseDefault(i + 1);
                continue;
            }
            if (!k.bol)
                continue;
            let j = i;
            let name = k.v;
            if ((k.v === 'self' || k.v === 'cls') && toks[i + 1]?.v === '.' && toks[i + 2]?.t === T.Name) {
                name = toks[i + 2].v;
                j = i + 2;
            }
            let eq = j + 1;
            const annotated = toks[eq]?.t === T.Op && toks[eq].v === ':';
            if (annotated) {
                // annotation: skip to '=' before the end of the logical line
                let m = eq + 1;
                while (m < toks.length && toks[m].t !== T.Newline && !(toks[m].t === T.Op && toks[m].v === '=')) {
                    this.budget.tick();
                    if (isOpen(toks[m]))
                        m = this.closeOf(m);
                    m++;
                }
                eq = m;
            }
            const cls = classes[classes.length - 1];
            const settings = cls && j === i && cls.settings;
            const env = settings ? () => `${settings.prefix}${name}` : undefined;
            if (toks[eq]?.t !== T.Op || toks[eq].v !== '=') {
                // a settings field without a default: its value comes from the environment only
                if (annotated && env && cls.indent < (k.indent ?? 0))
                    this.addAssign(name, { s: 0, e: 0, env, envAt: k.s, cls: cls.name, field: true });
                continue;
            }
            let end = eq + 1;
            while (end < toks.length && toks[end].t !== T.Newline) {
                this.budget.tick();
                end++;
            }
            if (end <= eq + 1)
                continue;
            const field = j !== i || (!!cls && cls.body === (k.indent ?? 0));
            this.addAssign(name, { s: eq + 1, e: end, env, envAt: env ? k.s : undefined, cls: cls?.name, field });
            if (j === i && field)
                this.classField(cls.top, name, eq + 1, end);
            else if (j === i &&
                !classes.length &&
                (k.indent ?? 0) === 0 &&
                toks[eq + 1].t === T.Name &&
                toks[eq + 2]?.v === '(')
                this.moduleInstances.push({ name, cls: toks[eq + 1].v });
            const inst = this.instanceOf(eq + 1, end);
            if (inst === 'unknown')
                this.softInstances.add(name);
            if (inst)
                this.instances.set(name, inst === 'unknown' ? this.clientMode(eq + 1) : inst);
        }
    }
    /**
     * End of an operand starting at `s`: the line end, a top-level `:` or closing bracket, one of `names`, or (with
     * `comma`) a top-level `,`. The iterable of `for x in ...` stops at `if` and `for`; the right side of a guard's
     * `in` at `and`, `or`, `if` and an assert's message.
     */
    operandEnd(s, names, comma) {
        const toks = this.toks;
        let j = s;
        for (; j < toks.length; j++) {
            this.budget.tick();
            const k = toks[j];
            if (k.t === T.Newline)
                break;
            if (k.t === T.Name && names.has(k.v))
                break;
            if (k.t !== T.Op)
                continue;
            if (isOpen(k))
                j = this.closeOf(j);
            else if ((comma && k.v === ',') || k.v === ':' || k.v === ')' || k.v === ']' || k.v === '}')
                break;
        }
        return j;
    }
    paramDefault(a) {
        const toks = this.toks;
        if (a.kw) {
            this.addAssign(a.kw, { s: a.start, e: a.end });
            return;
        }
        if (toks[a.start]?.t !== T.Name)
            return;
        for (let m = a.start + 1; m < a.end; m++) {
            this.budget.tick();
            const k = toks[m];
            if (m === a.start + 1 && k.t === T.Op && k.v === ':')
                this.annotation(toks[a.start].v, m + 1, a.end);
            if (isOpen(k))
                m = this.closeOf(m);
            else if (k.t === T.Op && k.v === '=') {
                if (m + 1 < a.end)
                    this.addAssign(toks[a.start].v, { s: m + 1, e: a.end });
                return;
            }
        }
    }
    /** How a speech tool reads a size name: faster-whisper (also whisperX, stable-ts) or OpenAI Whisper; else undefined. */
    speechMode() {
        if (this.importsModule(/^(?:faster_whisper|whisperx|stable_whisper)(?:\.|$)/))
            return 'faster-whisper';
        if (this.importsModule(/^(?:whisper|whisper_timestamped)(?:\.|$)/))
            return 'whisper';
        return undefined;
    }
    /** The imported names of a parameter's annotation (`cfg: Configuration`, `cfg: Optional[Configuration] = None`). */
    annotation(param, s, e) {
        const toks = this.toks;
        for (let m = s; m < e; m++) {
            this.budget.tick();
            const k = toks[m];
            if (k.t === T.Op && k.v === '=')
                return;
            if (k.t !== T.Name || !this.imported.has(k.v))
                continue;
            const list = this.annotations.get(param) ?? [];
            if (list.length < 8 && !list.includes(k.v))
                list.push(k.v);
            this.annotations.set(param, list);
        }
    }
    /** `add_argument("--model-name", default=X)`: `args.model_name` holds X. */
    argparseDefault(open) {
        const toks = this.toks;
        const { args } = this.splitArgs(open, '=');
        const d = pickArg(args, undefined, ['default']);
        if (!d)
            return;
        const destArg = pickArg(args, undefined, ['dest']);
        let dest = destArg && toks[destArg.start].t === T.Str ? toks[destArg.start].val : undefined;
        if (!dest) {
            const flags = args.filter((a) => !a.kw && toks[a.start].t === T.Str).map((a) => toks[a.start].val ?? '');
            const flag = flags.find((f) => f.startsWith('--')) ?? flags[0];
            dest = flag?.replace(/^-+/, '').replace(/-/g, '_');
        }
        if (dest && /^\w+$/.test(dest))
            this.addAssign(dest, { s: d.start, e: d.end });
    }
    /** What a client created by the call [s, e) points at: `OpenAI(base_url="http://localhost:11434/v1")` → ollama. */
    instanceOf(s, e) {
        const toks = this.toks;
        let j = s;
        while (toks[j + 1]?.v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e)
            j += 2;
        if (toks[s].t !== T.Name || toks[j + 1]?.v !== '(' || this.closeOf(j + 1) !== e - 1)
            return undefined;
        const chain = [];
        for (let m = s; m <= j; m += 2)
            chain.push(toks[m].v);
        const last = chain[chain.length - 1];
        const { args } = this.splitArgs(j + 1, '=');
        const module = chain.length > 1 ? chain.slice(0, -1).join('.') : (this.imported.get(last) ?? '');
        if ((last === 'Client' || last === 'AsyncClient') && /^ollama\b/.test(module))
            return 'ollama';
        if ((last === 'Client' || last === 'ClientV2') && /^cohere\b/.test(module))
            return 'hosted:cohere';
        if (last === 'Client' && /^google\.genai$|^genai$/.test(module)) {
            const v = pickArg(args, undefined, ['vertexai']);
            return v && toks[v.start].v === 'True' ? 'hosted:vertex-ai' : 'hosted:google';
        }
        if (last === 'client' && /boto3|session/i.test(chain[0])) {
            const svc = pickArg(args, 0, ['service_name']);
            const name = svc && toks[svc.start].t === T.Str ? toks[svc.start].val : undefined;
            return name === 'bedrock-runtime' || name === 'bedrock' ? 'hosted:bedrock' : undefined;
        }
        const client = PY_CLIENTS[last];
        if (!client ||
            (client.module && !client.module.test(module) && !(chain.length > 1 && client.module.test(chain[0]))))
            return undefined;
        return this.endpointOf(args) ?? client.mode;
    }
    /**
     * Where `openai.api_base = ...` (or `openai.base_url`) points the openai module: undefined when the file does
     * not set it, `unknown` when it comes from elsewhere, else the endpoint's mode.
     */
    openaiModuleServer() {
        if (this.openaiServer !== null)
            return this.openaiServer;
        let out;
        for (const m of this.code.matchAll(/^[ \t]*openai\.(?:api_base|base_url)[ \t]*=[ \t]*([^\n]*)/gm)) {
            this.budget.tick();
            const lit = /^[rbuRBU]?(["'])([^"'\n]*)\1[ \t]*(?:#.*)?$/.exec(m[1].trimEnd());
            const mode = lit ? endpointMode(lit[2]) : 'unknown';
            if (out === undefined || out === 'unknown')
                out = mode;
        }
        this.openaiServer = out;
        return out;
    }
    /** The mode of the SDK client constructed at `s` (`OpenAI(...)` → hosted:openai), whatever its server. */
    clientMode(s) {
        const toks = this.toks;
        let j = s;
        while (toks[j + 1]?.v === '.' && toks[j + 2]?.t === T.Name)
            j += 2;
        return PY_CLIENTS[toks[j].v]?.mode ?? 'hub';
    }
    /**
     * What a client's `base_url=` says: undefined when it has none, `unknown` when it comes from the environment
     * only (`os.getenv("OPENAI_BASE_URL")`), else the endpoint's mode.
     */
    endpointOf(args) {
        const b = pickArg(args, undefined, BASE_URL_KWS);
        if (!b)
            return undefined;
        const all = this.evalExpr(b.start, b.end, 0, new Set());
        const vals = all.filter((c) => c.env === undefined);
        if (!vals.length && all.length)
            return 'unknown';
        if (!all.length)
            return this.formattedEndpoint(b.start, b.end);
        for (const c of vals) {
            const mode = endpointMode(c.value);
            if (mode !== 'self')
                return mode;
        }
        return 'self';
    }
    /**
     * The endpoint of a formatted `base_url` (an f-string, directly or through one name), which evalExpr does not
     * evaluate: a provider's host with placeholders (`f"https://{location}-aiplatform.googleapis.com/v1/..."`) names
     * that provider; anything else (`f"http://{host}:{port}/v1"`) is taken for the project's own server.
     */
    formattedEndpoint(s, e) {
        const toks = this.toks;
        const ranges = [[s, e]];
        if (e === s + 1 && toks[s].t === T.Name)
            for (const a of this.assigns.get(toks[s].v) ?? [])
                ranges.push([a.s, a.e]);
        for (const [from, to] of ranges)
            for (let i = from; i < to; i++) {
                this.budget.tick();
                const k = toks[i];
                if (k.t !== T.Str || !k.dyn || k.val === undefined)
                    continue;
                const mode = endpointMode(k.val);
                if (mode !== 'self')
                    return mode;
            }
        return 'self';
    }
    /** The string values an expression may take: literals, followed names, env/dict defaults, conditionals. */
    evalExpr(s, e, depth, seen) {
        const toks = this.toks;
        const out = [];
        if (depth > 4)
            return out;
        // a lone name (the common `from_pretrained(MODEL)`): its memoised values as they are
        if (e === s + 1 && toks[s].t === T.Name && !KEYWORDS.has(toks[s].v))
            return this.follow(toks[s].v, depth, seen);
        for (let i = s; i < e && out.length < MAX_CANDIDATES; i++) {
            this.budget.tick();
            const k = toks[i];
            if (k.t === T.Str) {
                // an operand of a comparison (`'openai' not in name`, `x == 'a'`) is tested, not taken
                if (!k.dyn && k.val !== undefined && k.vs !== undefined && !compared(toks, i, s, e))
                    out.push({ value: k.val, offset: k.vs });
                continue;
            }
            // `A if COND else B`: A and B are the values, not what COND tests
            if (k.t === T.Name && k.v === 'if' && i > s) {
                let j = i + 1;
                for (; j < e; j++) {
                    const t = toks[j];
                    if (t.t === T.Op && (t.v === '(' || t.v === '[' || t.v === '{'))
                        j = this.closeOf(j);
                    else if (t.t === T.Name && t.v === 'else')
                        break;
                }
                i = j;
                continue;
            }
            if (k.t === T.Op) {
                if (k.v === '(') {
                    const close = this.closeOf(i);
                    addCands(out, this.evalExpr(i + 1, Math.min(close, e), depth + 1, seen));
                    i = close;
                }
                else if (k.v === '[' || k.v === '{') {
                    i = this.closeOf(i);
                }
                continue;
            }
            if (k.t !== T.Name || KEYWORDS.has(k.v))
                continue;
            // dotted chain
            let j = i;
            while (toks[j + 1]?.t === T.Op && toks[j + 1].v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e)
                j += 2;
            const last = toks[j].v;
            const environ = j > i && toks[j - 2].v === 'environ';
            const next = toks[j + 1];
            if (next?.t === T.Op && next.v === '(' && j + 1 < e) {
                const { args, close } = this.splitArgs(j + 1, '=');
                if (GETTERS.has(last)) {
                    const key = pickArg(args, 0, ['key']);
                    const keyTok = key && key.end === key.start + 1 ? toks[key.start] : undefined;
                    const keyStr = keyTok?.t === T.Str && !keyTok.dyn ? keyTok.val : undefined;
                    if ((last === 'getenv' || environ) && keyStr)
                        out.push({ value: '', offset: keyTok.vs ?? keyTok.s, env: keyStr });
                    const d = pickArg(args, 1, ['default']);
                    if (d)
                        addCands(out, this.evalExpr(d.start, d.end, depth + 1, seen));
                    if (last === 'get' && j > i && !environ) {
                        const holder = toks[j - 2].v;
                        addCands(out, (keyStr !== undefined && this.keyedValue(holder, keyStr, depth, seen)) || this.collectionOf(holder, seen));
                    }
                }
                else if (last === 'field' || last === 'Field') {
                    const d = pickArg(args, last === 'Field' ? 0 : undefined, ['default']);
                    if (d && !(toks[d.start].t === T.Op && toks[d.start].v === '.'))
                        addCands(out, this.evalExpr(d.start, d.end, depth + 1, seen));
                }
                else if (last === 'str' || last === 'fspath') {
                    const d = pickArg(args, 0, []);
                    if (d)
                        addCands(out, this.evalExpr(d.start, d.end, depth + 1, seen));
                }
                i = close;
                continue;
            }
            if (next?.t === T.Op && next.v === '[' && j + 1 < e) {
                const close = this.closeOf(j + 1);
                const keyTok = close === j + 3 && toks[j + 2].t === T.Str && !toks[j + 2].dyn ? toks[j + 2] : undefined;
                if (last === 'environ' && keyTok)
                    out.push({ value: '', offset: keyTok.vs ?? keyTok.s, env: keyTok.val ?? '' });
                else
                    addCands(out, (keyTok && this.keyedValue(last, keyTok.val ?? '', depth, seen)) || this.collectionOf(last, seen));
                i = close;
                continue;
            }
            if (j === i || this.assigns.has(last))
                addCands(out, this.follow(last, depth, seen));
            else if (out.length < MAX_CANDIDATES) {
                // an attribute of an object of another module's class: joined with that class's field (see applyFacts)
                const chain = [];
                for (let m = i; m <= j; m += 2)
                    chain.push(toks[m].v);
                const owners = this.ownersOf(chain);
                if (owners)
                    out.push({ value: '', offset: toks[j].s, env: last, owners });
            }
            i = j;
        }
        return out;
    }
    /** `"model": value` inside a dict literal. */
    dictEntry(s, path = false) {
        const toks = this.toks;
        let e = s;
        for (; e < toks.length; e++) {
            this.budget.tick();
            const k = toks[e];
            if (k.t === T.Newline)
                break;
            if (k.t !== T.Op)
                continue;
            if (isOpen(k))
                e = this.closeOf(e);
            else if (k.v === ')' || k.v === ']' || k.v === '}' || k.v === ',')
                break;
        }
        for (const c of this.evalExpr(s, e, 0, new Set()))
            if (!path || (c.env === undefined && !isRunOutput(c.value)))
                this.report(c, 'hub', 'weak');
    }
    /** The instance a method is called on: `client.chat...` → client, `self.client.chat...` → client. */
    receiverName(chain) {
        const name = chain[0] === 'self' || chain[0] === 'cls' ? chain[1] : chain[0];
        return chain.length < 2 ? undefined : name;
    }
    receiver(chain) {
        const name = this.receiverName(chain);
        return name === undefined ? undefined : this.instances.get(name);
    }
    /** How the call's model parameter is read, or undefined when the call takes no model. */
    ruleOf(chain, args) {
        const last = chain[chain.length - 1];
        const module = chain.length > 1 ? chain[0] : (this.imported.get(last) ?? '');
        const fromModule = (re) => re.test(module) || (chain.length === 1 && re.test(this.imported.get(last) ?? ''));
        // Speech: library defaults naming Hub repositories
        if (last === 'WhisperModel' && this.importsModule(/^faster_whisper|^whisperx/))
            return { pos: 0, kws: ['model_size_or_path'], mode: 'faster-whisper', strength: 'strong' };
        if (last === 'load_model' && fromModule(/^whisperx$/))
            return { pos: 0, kws: ['whisper_arch'], mode: 'faster-whisper', strength: 'strong' };
        if (last === 'load_model' && fromModule(/^(?:whisper|stable_whisper|whisper_timestamped)$/))
            return { pos: 0, kws: ['name'], mode: 'whisper', strength: 'strong' };
        // faster-whisper's own download: `download_model("large-v3", cache_dir=...)` fetches Systran/faster-whisper-large-v3
        if (last === 'download_model' && fromModule(/^faster_whisper(?:\.utils)?$/))
            return { pos: 0, kws: ['size_or_id'], mode: 'faster-whisper', strength: 'strong' };
        if (last === 'load_faster_whisper' && fromModule(/^stable_whisper$/))
            return { pos: 0, kws: ['model_size_or_path'], mode: 'faster-whisper', strength: 'strong' };
        // OpenAI CLIP: `clip.load("ViT-B/32")` (`import clip`, openai/CLIP's package)
        if (last === 'load' && this.moduleFunction(chain, 'clip'))
            return { pos: 0, kws: ['name'], mode: 'clip', strength: 'strong' };
        // Ultralytics: `YOLO("yolov8n.pt")` downloads YOLOv8's weights (AGPL-3.0)
        if ((last === 'YOLO' || last === 'YOLOWorld') && fromModule(/^ultralytics$/))
            return { pos: 0, kws: ['model'], mode: 'ultralytics', strength: 'strong' };
        // Coqui TTS: `TTS("tts_models/multilingual/multi-dataset/xtts_v2")` downloads coqui/XTTS-v2
        if (last === 'TTS' && fromModule(/^TTS\.api$/))
            return { pos: 0, kws: ['model_name'], mode: 'coqui', strength: 'strong' };
        // Methods of a client instance
        const inst = this.receiver(chain);
        if (inst !== undefined) {
            const sinkCall = SINK_METHODS.has(last) && chain.some((c) => SINK_PARTS.has(c));
            if (inst === 'ollama' && (OLLAMA_MODULE_CALLS.has(last) || sinkCall))
                return { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' };
            if (inst === 'hub')
                return { kws: ['model'], mode: 'hub', strength: 'strong' };
            if (inst === 'hosted:bedrock' && BEDROCK_METHODS.has(last))
                return { kws: ['modelId'], mode: inst, strength: 'strong' };
            if ((inst === 'hosted:google' || inst === 'hosted:vertex-ai') && GENAI_METHODS.has(last))
                return { kws: ['model'], mode: inst, strength: 'strong' };
            if (inst === 'hosted:cohere' && (last === 'chat' || last === 'embed' || last === 'rerank' || last === 'generate'))
                return { kws: ['model'], mode: inst, strength: 'strong' };
            if (sinkCall) {
                if (inst === 'self')
                    return { kws: ['model'], mode: 'hub', strength: 'weak' };
                return {
                    kws: ['model'],
                    mode: inst,
                    strength: 'strong',
                    soft: this.softInstances.has(this.receiverName(chain) ?? ''),
                };
            }
        }
        // Hosted classes (LangChain, LlamaIndex, SDKs)
        const hosted = PY_HOSTED_CLASSES[last];
        if (hosted && (!hosted.module || fromModule(hosted.module))) {
            const endpoint = this.endpointOf(args);
            if (endpoint === 'ollama')
                return { pos: hosted.pos, kws: hosted.kws, mode: 'ollama', strength: 'strong' };
            if (endpoint === 'self')
                return { pos: hosted.pos, kws: hosted.kws, mode: 'hub', strength: 'weak' };
            const soft = endpoint === 'unknown';
            let provider = endpoint === undefined || soft ? `hosted:${hosted.provider}` : endpoint;
            if (last === 'GenerativeModel' && this.importsModule(/^vertexai|google\.cloud\.aiplatform/))
                provider = 'hosted:vertex-ai';
            return { pos: hosted.pos, kws: hosted.kws, mode: provider, strength: 'strong', soft };
        }
        if (last === 'from_pretrained' &&
            VERTEX_PRETRAINED.has(chain[chain.length - 2] ?? '') &&
            this.importsModule(/^vertexai/))
            return { pos: 0, kws: ['model_name'], mode: 'hosted:vertex-ai', strength: 'strong' };
        // SDK calls on a module or on a client of unknown configuration
        if (GENAI_METHODS.has(last) && chain.includes('models') && this.importsModule(/^google\.genai|^google$/))
            return { kws: ['model'], mode: 'hosted:google', strength: 'strong', soft: true };
        if (BEDROCK_METHODS.has(last) && this.importsModule(/^boto3|^botocore|^aioboto3/))
            return { kws: ['modelId'], mode: 'hosted:bedrock', strength: 'strong' };
        if (LITELLM_CALLS.has(last) && fromModule(/^litellm$/))
            return { pos: 0, kws: ['model'], mode: 'route', strength: 'strong' };
        if (SINK_METHODS.has(last) && chain.some((c) => SINK_PARTS.has(c)) && chain.length > 2) {
            const direct = PY_SDK_PROVIDERS[chain[0]];
            if (direct && this.modules.has(chain[0])) {
                // openai<1.0 is pointed at a server by a module attribute: `openai.api_base = "http://localhost:8000/v1"`
                const server = chain[0] === 'openai' ? this.openaiModuleServer() : undefined;
                if (server === 'self')
                    return { kws: ['model'], mode: 'hub', strength: 'weak' };
                if (server === 'unknown')
                    return { kws: ['model'], mode: `hosted:${direct}`, strength: 'strong', soft: true };
                return { kws: ['model'], mode: server ?? `hosted:${direct}`, strength: 'strong' };
            }
            const sdks = Object.keys(PY_SDK_PROVIDERS).filter((m) => this.importsModule(new RegExp(`^${m}(?:\\.|$)`)));
            if (sdks.length === 1)
                return { kws: ['model'], mode: `hosted:${PY_SDK_PROVIDERS[sdks[0]]}`, strength: 'strong', soft: true };
        }
        // Hub loaders and Ollama clients
        let rule = RULES[last];
        if (rule === RULES.from_pretrained && chain.length < 2)
            rule = undefined;
        if (last === 'pipeline' && chain.length > 1 && chain[chain.length - 2] !== 'transformers')
            rule = undefined;
        if (!rule && /Ollama/.test(last))
            rule = { kws: ['model', 'model_name'], mode: 'ollama', strength: 'strong' };
        if (last === 'load' && (chain.length === 1 ? this.mlx : chain[chain.length - 2] === 'mlx_lm'))
            rule = { pos: 0, kws: ['path_or_hf_repo'], mode: 'hub', strength: 'strong' };
        // ollama.chat(...), ol.chat(...) after `import ollama as ol`, chat(...) after `from ollama import chat`
        if (OLLAMA_MODULE_CALLS.has(last) && this.moduleFunction(chain, 'ollama'))
            rule = { pos: 0, kws: ['model'], mode: 'ollama', strength: 'strong' };
        // replicate.run("stability-ai/sdxl:39ed...", input=...): a model hosted on Replicate
        if (REPLICATE_MODULE_CALLS.has(last) && this.moduleFunction(chain, 'replicate'))
            rule = { pos: 0, kws: ['ref'], mode: 'hosted:replicate', strength: 'strong' };
        if (rule && last === 'from_pretrained' && PEFT_RECEIVER_RE.test(chain[chain.length - 2]))
            rule = { ...rule, pos: 1, kws: ['model_id'] };
        return rule;
    }
    /**
     * Whether the callee `chain` is a function of `module`: `module.fn(...)`, `alias.fn(...)` after `import module
     * as alias`, or `fn(...)` after `from module import fn`.
     */
    moduleFunction(chain, module) {
        if (chain.length === 2)
            return chain[0] === module || this.imported.get(chain[0]) === module;
        return chain.length === 1 && this.imported.get(chain[0]) === module;
    }
    call(open) {
        const toks = this.toks;
        const chain = calleeChain(toks, open);
        const last = chain[chain.length - 1];
        const { args } = this.splitArgs(open, '=');
        if (chain.length >= 2 && chain[chain.length - 2] === 'hub' && last === 'load') {
            this.torchHub(args);
            return;
        }
        if (last === 'init_chat_model') {
            const m = pickArg(args, 0, ['model']);
            const p = pickArg(args, undefined, ['model_provider']);
            const provider = p && this.evalExpr(p.start, p.end, 0, new Set()).find((c) => c.env === undefined)?.value;
            if (m)
                for (const c of this.evalExpr(m.start, m.end, 0, new Set()))
                    this.reportChatModel(c, provider);
            return;
        }
        let revision;
        const revArg = pickArg(args, undefined, ['revision']);
        if (revArg)
            revision = this.evalExpr(revArg.start, revArg.end, 0, new Set()).find((c) => !c.env)?.value;
        // ModelScope's loaders (`from modelscope import snapshot_download`) name ModelScope's revisions (`master`,
        // `v1.0.5`), not the Hub's: the model is the same repository, its revision there is unknown
        if (revision && /^modelscope\b/.test(this.imported.get(chain.length > 1 ? chain[chain.length - 2] : last) ?? ''))
            revision = undefined;
        const skipRepoType = () => {
            const rt = pickArg(args, undefined, ['repo_type']);
            if (!rt)
                return false;
            const v = this.evalExpr(rt.start, rt.end, 0, new Set())[0]?.value;
            return v === 'dataset' || v === 'space';
        };
        const handled = new Set();
        const rule = this.ruleOf(chain, args);
        if (rule) {
            if (rule.repoType && skipRepoType())
                return;
            const a = pickArg(args, rule.pos, rule.kws);
            if (a) {
                handled.add(a);
                for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
                    this.reportRule(c, rule, revision);
            }
            for (const kw of rule.also ?? []) {
                const t = pickArg(args, undefined, [kw]);
                if (!t)
                    continue;
                handled.add(t);
                for (const c of this.evalExpr(t.start, t.end, 0, new Set()))
                    this.report(c, 'hub', 'strong', revision);
            }
            if (rule.mode.startsWith('hosted:') || rule.mode === 'route')
                return;
        }
        // argparse: add_argument("--model", default="org/x")
        if (last === 'add_argument') {
            // a speech tool (imports faster-whisper, whisperX, Whisper): `--model small` is a Whisper size
            const speech = this.speechMode();
            const flagOf = (a) => (!a.kw && toks[a.start].t === T.Str ? (toks[a.start].val ?? '') : '');
            const flag = args.find((a) => {
                const f = flagOf(a);
                return (f.startsWith('-') &&
                    (isModelishName(f) || isModelPathName(f) || (speech !== undefined && SPEECH_FLAG_RE.test(f))));
            });
            const d = flag && pickArg(args, undefined, ['default']);
            if (!d)
                return;
            const pathFlag = isModelPathName(flagOf(flag));
            for (const c of this.evalExpr(d.start, d.end, 0, new Set())) {
                // --model-path: a Hub id, never a local run's output (`checkpoints/final`)
                if (pathFlag && (c.env !== undefined || isRunOutput(c.value)))
                    continue;
                if (speech && c.env === undefined && isWhisperSize(c.value))
                    this.report(c, speech, 'strong');
                else
                    this.report(c, 'hub', 'weak');
            }
            return;
        }
        // Any other call: keyword arguments named like models (model=, model_id=, repo_id=).
        // (not those of calls that write docstrings: transformers' `@add_code_sample_docstrings(checkpoint=...)`)
        if (OUTPUT_CALL_RE.test(last) || DOCSTRING_CALL_RE.test(last))
            return;
        // a project's own loader (`load_pretrained_model("liuhaotian/llava-v1.5-13b", ...)`, `get_model("org/x")`):
        // its first argument, read as weak
        if (!rule && LOADER_NAME_RE.test(last) && !/data/i.test(last)) {
            const a = pickArg(args, 0, []);
            if (a && !a.kw) {
                handled.add(a);
                for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
                    this.report(c, 'hub', 'weak', revision);
            }
        }
        for (const a of args) {
            if (!a.kw || handled.has(a))
                continue;
            const path = !isModelishName(a.kw) && isModelPathName(a.kw);
            if (!path && !isModelishName(a.kw))
                continue;
            if (a.kw.startsWith('repo_id') && skipRepoType())
                continue;
            for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
                if (this.llamaIndexEmbed(a.kw, c.value))
                    this.report(c, 'llama-index-embed', 'strong');
                else if (!path || (c.env === undefined && !isRunOutput(c.value)))
                    this.report(c, 'hub', 'weak', revision);
        }
    }
    /** The value assigned from `s` to the end of the line to an object's `embed_model` (LlamaIndex's `Settings`). */
    embedModelSetting(s) {
        for (const c of this.evalExpr(s, lineEnd(this.toks, s), 0, new Set()))
            if (this.llamaIndexEmbed('embed_model', c.value))
                this.report(c, 'llama-index-embed', 'strong');
    }
    /**
     * Whether a value given to `name` is LlamaIndex's name of a local embedding model (`embed_model="local"`,
     * `Settings.embed_model = "local:BAAI/bge-small-en-v1.5"`), in a file that imports LlamaIndex.
     */
    llamaIndexEmbed(name, value) {
        return name === 'embed_model' && /^local(?::|$)/.test(value) && this.importsModule(/^llama_index(?:\.|$)/);
    }
    reportRule(c, rule, revision) {
        if (rule.soft && c.env === undefined && classifyModel(c.value, 'weak', this.ctx)) {
            this.report(c, 'hub', 'weak', revision);
            return;
        }
        this.report(c, rule.mode, rule.strength, revision);
    }
    torchHub(args) {
        const src = pickArg(args, undefined, ['source']);
        if (src && this.evalExpr(src.start, src.end, 0, new Set())[0]?.value === 'local')
            return;
        const a = pickArg(args, 0, ['repo_or_dir', 'github']);
        if (!a)
            return;
        for (const c of this.evalExpr(a.start, a.end, 0, new Set())) {
            if (c.env !== undefined)
                continue;
            const [repo, ref] = c.value.split(':');
            if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
                continue;
            if (safeKnown(this.ctx, repo)) {
                this.out.push({ id: repo, kind: 'hub', offset: c.offset, ...(ref ? { revision: ref } : {}) });
            }
            else if (TORCH_HUB_MODEL_REPOS.has(repo.toLowerCase())) {
                this.out.push({
                    id: `https://github.com/${repo}`,
                    kind: 'url',
                    offset: c.offset,
                    ...(ref ? { revision: ref } : {}),
                });
            }
        }
    }
}
const COMPARISONS = new Set(['==', '!=']);
/** Keywords (and names) whose values are samples documenting a value: pydantic's `examples`, OpenAPI's `example`. */
function isExampleName(t) {
    return t.t === T.Name && (t.v === 'examples' || t.v === 'example');
}
/** Whether the string token at `i` is an operand of a comparison or membership test within [s, e). */
function compared(toks, i, s, e) {
    const next = i + 1 < e ? toks[i + 1] : undefined;
    const prev = i - 1 >= s ? toks[i - 1] : undefined;
    const isTest = (t) => !!t && ((t.t === T.Op && COMPARISONS.has(t.v)) || (t.t === T.Name && (t.v === 'in' || t.v === 'not')));
    return (isTest(next) || (!!prev && ((prev.t === T.Op && COMPARISONS.has(prev.v)) || (prev.t === T.Name && prev.v === 'in'))));
}

;// CONCATENATED MODULE: ./src/scanners/shell/words.ts
/** Placeholder for an unknown expansion. */
const DYN = '\0';
/**
 * Splits shell text into commands (lists of words), tracking where each character comes from. Handles quotes,
 * comments, line continuations, `;`/`&&`/`||`/`|` separators, `${VAR:-default}` (the default is kept) and
 * JSON exec-form arrays (`["vllm", "serve", "org/x"]`, as in Dockerfiles and YAML), and template expressions
 * (`{{ .Values.model }}`, unknown like `$X`). Linear in the text; throws only `ScanBudgetError`, from `budget`.
 */
function shellCommands(text, base = 0, budget) {
    const commands = [];
    let cur = [];
    let word;
    let afterQuote = false;
    const n = text.length;
    const add = (ch, at) => {
        word ??= { text: '', map: [] };
        word.text += ch;
        word.map.push(base + at);
    };
    const endWord = () => {
        if (word)
            cur.push(word);
        word = undefined;
        afterQuote = false;
    };
    const endCmd = () => {
        endWord();
        if (cur.length)
            commands.push(cur);
        cur = [];
    };
    let i = 0;
    while (i < n) {
        budget?.tick();
        const c = text[i];
        if (c === '{' && text[i + 1] === '{') {
            i = template(text, i, add);
            afterQuote = false;
            continue;
        }
        if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
            endWord();
            i += text[i + 1] === '\n' ? 2 : 3;
            continue;
        }
        if (c === '\n') {
            endCmd();
            i++;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            endWord();
            i++;
            continue;
        }
        if (c === '#' && !word) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
            endCmd();
            i++;
            continue;
        }
        if (c === '[' && !word) {
            i++;
            continue;
        }
        if (c === ']' && (i + 1 >= n || /[\s,;]/.test(text[i + 1]))) {
            endWord();
            i++;
            continue;
        }
        if (c === ',' && (afterQuote || !word)) {
            endWord();
            i++;
            continue;
        }
        if (c === "'") {
            const close = text.indexOf("'", i + 1);
            const end = close === -1 ? n : close;
            word ??= { text: '', map: [] };
            for (let k = i + 1; k < end; k++)
                add(text[k], k);
            i = end + 1;
            afterQuote = true;
            continue;
        }
        if (c === '"') {
            word ??= { text: '', map: [] };
            let k = i + 1;
            while (k < n && text[k] !== '"') {
                if (text[k] === '\\' && k + 1 < n) {
                    if (text[k + 1] === '\n') {
                        k += 2;
                        continue;
                    }
                    add(text[k + 1], k + 1);
                    k += 2;
                    continue;
                }
                if (text[k] === '$') {
                    k = expansion(text, k, add);
                    continue;
                }
                if (text[k] === '{' && text[k + 1] === '{') {
                    k = template(text, k, add);
                    continue;
                }
                add(text[k], k);
                k++;
            }
            i = k + 1;
            afterQuote = true;
            continue;
        }
        if (c === '$') {
            i = expansion(text, i, add);
            continue;
        }
        if (c === '\\' && i + 1 < n) {
            add(text[i + 1], i + 1);
            i += 2;
            continue;
        }
        add(c, i);
        afterQuote = false;
        i++;
    }
    endCmd();
    return commands;
}
/** Reads a template expression `{{ ... }}` at `i` as an unknown value; returns the index after it. */
function template(text, i, add) {
    const close = text.indexOf('}}', i + 2);
    add(DYN, i);
    return close === -1 ? text.length : close + 2;
}
/** Reads `$X`, `${X}`, `${X:-default}`, `$(...)` at `i`; returns the index after it. */
function expansion(text, i, add) {
    const n = text.length;
    const next = text[i + 1];
    if (next === '{' && text[i + 2] === '{') {
        // a GitHub workflow expression `${{ matrix.model }}`: unknown here
        const close = text.indexOf('}}', i + 3);
        add(DYN, i);
        return close === -1 ? n : close + 2;
    }
    if (next === '{') {
        const close = text.indexOf('}', i + 2);
        if (close === -1) {
            add(DYN, i);
            return n;
        }
        const inner = text.slice(i + 2, close);
        const m = /^[A-Za-z_][A-Za-z0-9_]*:?[-=]/.exec(inner);
        if (m) {
            let start = i + 2 + m[0].length;
            let end = close;
            if ((text[start] === '"' || text[start] === "'") && text[end - 1] === text[start]) {
                start++;
                end--;
            }
            for (let k = start; k < end; k++)
                add(text[k], k);
        }
        else
            add(DYN, i);
        return close + 1;
    }
    if (next === '(') {
        let depth = 0;
        for (let k = i + 1; k < n; k++) {
            if (text[k] === '(')
                depth++;
            else if (text[k] === ')' && --depth === 0) {
                add(DYN, i);
                return k + 1;
            }
        }
        add(DYN, i);
        return n;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(text.slice(i + 1, i + 65));
    add(DYN, i);
    return i + 1 + (m ? m[0].length : 0);
}

;// CONCATENATED MODULE: ./src/scanners/shell/analyze.ts








/** llama.cpp flags that name a Hub repository (`-hf org/repo-GGUF:Q4_K_M`). */
const HF_REPO_FLAGS = new Set([
    '-hf',
    '-hfr',
    '--hf-repo',
    '--hf_repo',
    '-hfd',
    '--hf-repo-draft',
    '-hfv',
    '--hf-repo-v',
]);
/** Flags of serving/training CLIs that take a model (besides anything isModelishName accepts). */
const MODEL_FLAGS = new Set([
    '--model-path',
    '--model_path',
    '--tokenizer',
    '--tokenizer-name',
    '--tokenizer_name',
    '--model-id',
    '--model_id',
    '--model-url',
    '--model_url',
]);
/** Ollama REST routes that take a model (`POST /api/generate {"model": "llama3.2"}`). */
const OLLAMA_API_RE = /\/api\/(?:generate|chat|embed|embeddings|pull|show|push|create)\b/;
/** OpenAI-compatible routes, which name an Ollama model when the server is Ollama's (port 11434). */
const OPENAI_API_RE = /\/v1\/(?:chat\/completions|completions|embeddings)\b/;
/** Flags of curl that carry a request body. */
const CURL_DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--json']);
/** Environment definitions kept per file for joining with the code that reads them. */
const MAX_ENV = 1000;
function basename(s) {
    const i = s.lastIndexOf('/');
    return i === -1 ? s : s.slice(i + 1);
}
/** Collects what shell-like text holds: references, environment definitions, Ollama models built here. */
class ShellOut {
    ctx;
    budget;
    text;
    raw = [];
    env = [];
    /** `ollama create NAME -f FILE`: ollama:NAME → FILE, and where NAME is written. */
    created = new Map();
    /** A workflow's matrix (`strategy: matrix: model: [a, b]`): the values of `${{ matrix.model }}`. */
    matrix = new Map();
    /** The text talks to an Ollama server: a bare name given to a model flag may be an Ollama model. */
    ollamaText;
    constructor(ctx, budget, text = '') {
        this.ctx = ctx;
        this.budget = budget;
        this.text = text;
        this.ollamaText = /ollama/i.test(text) || text.includes('11434');
    }
    /**
     * The values of a word: itself, or, for a workflow expression `${{ matrix.KEY }}` of a known matrix, each value
     * of the matrix (as words at their own places).
     */
    values(w, from) {
        if (!w.text.includes(DYN) || !this.matrix.size)
            return [{ word: w, from }];
        const at = w.map[from] ?? -1;
        const m = at >= 0 ? /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}/.exec(this.text.slice(at, at + 80)) : null;
        const list = m && w.text.slice(from) === DYN ? this.matrix.get(m[1]) : undefined;
        return list ? list.map((v) => ({ word: wordOf(v), from: 0 })) : [{ word: w, from }];
    }
    /** A value of a weak model flag (`--model X`): a Hub id, or in a text about Ollama, an Ollama library name. */
    weak(value) {
        const hub = classifyHub(value, 'weak', this.ctx);
        if (hub || !this.ollamaText || value.includes(DYN) || !looksLikeOllamaLibrary(value))
            return hub;
        return classifyOllama(value);
    }
    push(cl, w, from, revision) {
        if (!cl)
            return;
        const ref = { id: cl.id, kind: cl.kind, offset: w.map[from + (cl.shift ?? 0)] ?? w.map[from] ?? 0 };
        if (revision && cl.kind === 'hub')
            ref.revision = revision;
        this.raw.push(ref);
    }
    /** References, with models named after an `ollama create` of this file read as the local weights they are. */
    analysis() {
        const raw = this.created.size
            ? this.raw.map((r) => {
                const file = r.kind === 'ollama'
                    ? (this.created.get(r.id) ?? this.created.get(r.id.replace(/:latest$/, '')))?.file
                    : undefined;
                return file ? { ...r, id: file, kind: 'local-file' } : r;
            })
            : this.raw;
        return { raw, uses: [], env: this.env, created: this.created };
    }
}
function classifyHub(v, strength, ctx) {
    if (v.includes(DYN))
        return undefined;
    return classifyModel(v, strength, ctx, { litellm: strength === 'weak' });
}
/** A value that could be a model name set in the environment (for joining with the code that reads it). */
function envValue(v) {
    return v.length > 0 && v.length <= 200 && !v.includes(DYN) && /^[\w.:/@-]+$/.test(v) && /[A-Za-z]/.test(v);
}
/** An environment assignment `NAME=value` (or `ENV NAME value`), value starting at `from` in `w`. */
function envAssignment(name, value, w, from, out) {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && envValue(value) && out.env.length < MAX_ENV)
        out.env.push({ name, value, offset: w.map[from] ?? w.map[0] ?? 0 });
    const kind = modelEnvKind(name);
    if (!kind || value.includes(DYN))
        return;
    out.push(kind === 'ollama' ? classifyOllama(value) : classifyHub(value, 'weak', out.ctx), w, from);
}
/** Applies the command rules to one command's words. */
function commandRules(words, out) {
    const ctx = out.ctx;
    for (let i = 0; i < words.length; i++) {
        out.budget.tick();
        const w = words[i];
        const t = w.text;
        if (!t)
            continue;
        // NAME=value (export, env, docker -e, --build-arg, ENV/ARG, compose lists)
        const eq = t.indexOf('=');
        if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.slice(0, eq))) {
            envAssignment(t.slice(0, eq), t.slice(eq + 1), w, eq + 1, out);
            continue;
        }
        if (i === 0 && /^(?:ENV|ARG)$/i.test(t) && words.length === 3 && !words[1].text.includes('=')) {
            envAssignment(words[1].text, words[2].text, words[2], 0, out);
            return;
        }
        if (t.startsWith('-')) {
            const fm = /^(--?[A-Za-z][\w-]*)(?:=([^]*))?$/.exec(t);
            if (!fm)
                continue;
            const flag = fm[1];
            const isHf = HF_REPO_FLAGS.has(flag);
            const isModel = !isHf && flag.startsWith('--') && (MODEL_FLAGS.has(flag) || isModelishName(flag));
            if (!isHf && !isModel) {
                // python -c "...from_pretrained(...)"
                if (flag === '-c' && i > 0 && /python/.test(words[i - 1].text) && words[i + 1]) {
                    const code = words[i + 1];
                    for (const r of analyzePython(code.text, ctx, out.budget).raw)
                        out.raw.push({ ...r, offset: code.map[r.offset] ?? code.map[0] });
                    i++;
                }
                continue;
            }
            let vw;
            let from = 0;
            if (fm[2] !== undefined) {
                vw = w;
                from = flag.length + 1;
            }
            else if (words[i + 1] && !words[i + 1].text.startsWith('-')) {
                vw = words[i + 1];
                i++;
            }
            if (!vw)
                continue;
            for (const v of out.values(vw, from)) {
                const value = v.word.text.slice(v.from);
                if (isHf)
                    out.push(classifyHub(stripQuantTag(value), 'strong', ctx), v.word, v.from);
                else
                    out.push(out.weak(value), v.word, v.from);
            }
            continue;
        }
        const base = basename(t);
        const sub = words[i + 1]?.text;
        if (base === 'vllm' && sub === 'serve') {
            // the model, skipping the unknown values of flags (`--speculative-model {{ .Values.draft }}`) that
            // template branches put before it; an unknown value right after `serve` is the model, unknown
            let j = nextPositional(words, i + 2, new Set());
            while (j !== -1 && words[j].text.includes(DYN) && words[j - 1].text.startsWith('-'))
                j = nextPositional(words, j + 1, new Set());
            if (j !== -1)
                for (const v of out.values(words[j], 0))
                    out.push(classifyHub(v.word.text, 'strong', ctx), v.word, 0);
            i++;
            continue;
        }
        if (base === 'ollama' && (sub === 'pull' || sub === 'run')) {
            const j = nextPositional(words, i + 2, new Set());
            if (j !== -1)
                for (const v of out.values(words[j], 0))
                    if (!v.word.text.includes(DYN))
                        out.push(classifyOllama(v.word.text), v.word, 0);
            i++;
            continue;
        }
        if (base === 'ollama' && sub === 'create') {
            ollamaCreate(words, i + 2, out);
            return;
        }
        if ((base === 'huggingface-cli' || base === 'hf') && sub === 'download') {
            download(words, i + 2, out);
            return;
        }
        if (base === 'curl' || base === 'http' || base === 'xh') {
            curl(words, i + 1, out);
            return;
        }
        if (t.includes('/') && knownHubString(ctx, t))
            out.push({ id: t, kind: 'hub' }, w, 0);
    }
}
function nextPositional(words, from, valueFlags) {
    for (let j = from; j < words.length; j++) {
        const t = words[j].text;
        if (t.startsWith('-')) {
            if (valueFlags.has(t))
                j++;
            continue;
        }
        return j;
    }
    return -1;
}
function download(words, from, out) {
    let repoType;
    let revision;
    for (let j = from; j < words.length; j++) {
        const m = /^(--[\w-]+)(?:=([^]*))?$/.exec(words[j].text);
        if (!m)
            continue;
        const v = m[2] ?? words[j + 1]?.text;
        if (m[1] === '--repo-type')
            repoType = v;
        if (m[1] === '--revision')
            revision = v;
    }
    if (repoType === 'dataset' || repoType === 'space')
        return;
    const j = nextPositional(words, from, DOWNLOAD_VALUE_FLAGS);
    if (j === -1)
        return;
    out.push(classifyHub(words[j].text, 'strong', out.ctx), words[j], 0, revision && !revision.includes(DYN) ? revision : undefined);
}
/** `ollama create NAME -f FILE`: NAME is built here from FILE (default `Modelfile`): local weights. */
function ollamaCreate(words, from, out) {
    let file = 'Modelfile';
    let name;
    for (let j = from; j < words.length; j++) {
        const t = words[j].text;
        if (t === '-f' || t === '--file') {
            if (words[j + 1])
                file = words[j + 1].text;
            j++;
        }
        else if (t.startsWith('--file='))
            file = t.slice('--file='.length);
        else if (!t.startsWith('-') && !name)
            name = words[j];
    }
    if (!name || name.text.includes(DYN) || file.includes(DYN))
        return;
    const id = classifyOllama(name.text)?.id;
    if (!id)
        return;
    out.created.set(id, { file, offset: name.map[0] ?? 0 });
}
/** `curl http://localhost:11434/api/generate -d '{"model": "llama3.2"}'`: the model of an Ollama request. */
function curl(words, from, out) {
    let url;
    let body;
    for (let j = from; j < words.length; j++) {
        const t = words[j].text;
        if (CURL_DATA_FLAGS.has(t)) {
            body = words[j + 1];
            j++;
        }
        else if (/^--(?:data|data-raw|json)=/.test(t)) {
            const eq = t.indexOf('=');
            body = { text: t.slice(eq + 1), map: words[j].map.slice(eq + 1) };
        }
        else if (/^(?:https?:\/\/|localhost|127\.|0\.0\.0\.0|\$|\0)/.test(t) || t.includes('/api/') || t.includes('/v1/'))
            url = t;
    }
    if (!url || !body || !isOllamaRequest(url))
        return;
    for (const ref of ollamaBodyModels(body.text, out.budget))
        out.push(ref.cl, body, ref.at);
}
/** Whether a request URL goes to an Ollama server's API (its own routes, or OpenAI routes on port 11434). */
function isOllamaRequest(url) {
    return OLLAMA_API_RE.test(url) || (OPENAI_API_RE.test(url) && /:11434\b|ollama/i.test(url));
}
/** The models of an Ollama request body: `"model"` (or `"name"` of pull/show) at the top level of the JSON. */
function ollamaBodyModels(body, budget) {
    const found = [];
    for (const e of jsonEntries(body, budget)) {
        if (e.item || e.parent !== -1 || (e.key !== 'model' && e.key !== 'name'))
            continue;
        const cl = classifyOllama(e.value.text);
        if (cl && (e.key === 'model' || looksLikeOllamaLibrary(e.value.text) || e.value.text.includes(':')))
            found.push({ cl, at: e.value.offset });
    }
    return found;
}
/** Shell scripts, Dockerfiles, .env files, Makefiles. */
function analyzeShell(text, ctx, budget = new Budget(text.length, ctx), base = 0) {
    const out = new ShellOut(ctx, budget, text);
    shellInto(text, out, base);
    return out.analysis();
}
function shellInto(text, out, base = 0) {
    for (const cmd of shellCommands(text, base, out.budget))
        commandRules(cmd, out);
}
/** A scalar as a shell word; a template expression (`{{ .Values.x }}`) is one unknown character. */
function wordOf(s) {
    if (!s.dyn) {
        const map = new Array(s.text.length);
        for (let k = 0; k < s.text.length; k++)
            map[k] = s.offset + k;
        return { text: s.text, map };
    }
    let text = '';
    const map = [];
    for (let k = 0; k < s.text.length; k++) {
        if (s.text.startsWith('{{', k)) {
            const close = s.text.indexOf('}}', k + 2);
            text += DYN;
            map.push(s.offset + k);
            k = close === -1 ? s.text.length : close + 1;
            continue;
        }
        text += s.text[k];
        map.push(s.offset + k);
    }
    return { text, map };
}
/** The words of a command line that an `args:` list continues (`command: [vllm, serve]` then `args: [org/x]`). */
const MAX_COMMAND_PREFIX = 16;
/**
 * docker-compose, Kubernetes, Helm templates and GitHub workflow YAML: commands in scalars and block scalars,
 * argument lists (`args: ["--model", "org/x"]`, `- --model` / `- org/x`), environment maps and lists, and
 * Kubernetes `env: [{name: MODEL_ID, value: org/x}]`.
 */
function analyzeYaml(text, ctx, budget = new Budget(text.length, ctx)) {
    const out = new ShellOut(ctx, budget, text);
    const events = yamlEvents(text, budget);
    if (text.includes('matrix'))
        out.matrix = matrixValues(events, budget);
    let group;
    let lastCommand;
    const flush = () => {
        if (!group)
            return;
        let words = group.words;
        if (group.key === 'args' && lastCommand && lastCommand.indent === group.indent)
            words = [...lastCommand.words, ...words];
        if (group.key === 'command' || group.key === 'entrypoint')
            lastCommand = { indent: group.indent, words: words.slice(0, MAX_COMMAND_PREFIX) };
        commandRules(words, out);
        group = undefined;
    };
    for (let ei = 0; ei < events.length; ei++) {
        budget.tick();
        const ev = events[ei];
        // a block sequence of plain items is one command line: `args:` / `- --model` / `- org/x`
        if (ev.item && ev.key === undefined && ev.value) {
            if (!group || group.last !== ei - 1 || group.indent !== ev.indent) {
                flush();
                group = { indent: ev.indent, words: [], key: parentKeyOf(events, ei), last: ei };
            }
            group.words.push(wordOf(ev.value));
            group.last = ei;
            shellInto(ev.value.text, out, ev.value.offset);
            continue;
        }
        flush();
        if (ev.flow) {
            group = { indent: ev.indent, words: ev.flow.map(wordOf), key: ev.key, last: ei };
            flush();
            for (const s of ev.flow)
                if (s.text.includes(' ') && !s.dyn)
                    shellInto(s.text, out, s.offset);
            continue;
        }
        if (ev.block) {
            shellInto(text.slice(ev.block.start, ev.block.end), out, ev.block.start);
            continue;
        }
        if (!ev.value)
            continue;
        const v = ev.value;
        if (ev.key !== undefined && !v.dyn) {
            // environment map (MODEL_ID: org/x); lower-case keys belong to the config scanner
            if (/^[A-Z][A-Z0-9_]*$/.test(ev.key))
                envAssignment(ev.key, v.text, wordOf(v), 0, out);
            // Kubernetes env entry: {name: MODEL_ID, value: org/x}
            if (ev.key === 'value') {
                const name = siblingValue(events, ei, 'name');
                if (name)
                    envAssignment(name, v.text, wordOf(v), 0, out);
            }
        }
        shellInto(v.text, out, v.offset);
    }
    flush();
    return out.analysis();
}
/** The lists of a GitHub workflow's `strategy: matrix:` (`model: [a, b]`, or `model:` then `- a` items). */
function matrixValues(events, budget) {
    const out = new Map();
    let matrix;
    let key;
    for (const ev of events) {
        budget.tick();
        if (matrix && ev.indent <= matrix.indent && !(ev.item && ev.indent > matrix.indent))
            matrix = undefined;
        if (ev.key === 'matrix' && !ev.value && !ev.flow) {
            matrix = { indent: ev.indent };
            key = undefined;
            continue;
        }
        if (!matrix)
            continue;
        if (ev.key !== undefined && !ev.item && ev.flow)
            out.set(ev.key, ev.flow.filter((v) => !v.dyn));
        else if (ev.key !== undefined && !ev.item && !ev.value)
            key = { name: ev.key, indent: ev.indent };
        else if (ev.item && key && ev.key === undefined && ev.value && !ev.value.dyn && ev.indent > key.indent) {
            const list = out.get(key.name) ?? [];
            list.push(ev.value);
            out.set(key.name, list);
        }
    }
    return out;
}
/** How far around an event its siblings are looked for (a Kubernetes env entry has two or three keys). */
const SIBLING_WINDOW = 16;
/** Value of key `key` in the same mapping as event `ei` (a list item's mapping, for Kubernetes env). */
function siblingValue(events, ei, key) {
    const indent = events[ei].indent;
    let start = ei;
    while (start > 0 && ei - start < SIBLING_WINDOW && !events[start].item && events[start - 1].indent >= indent)
        start--;
    for (let k = start; k < events.length && k - start < 2 * SIBLING_WINDOW; k++) {
        const e = events[k];
        if (k > start && (e.indent < indent || (e.item && e.indent === indent)))
            break;
        if (e.indent === indent && e.key === key && e.value && !e.value.dyn)
            return e.value.text;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scanners/http/index.ts







const MARKER_RE = /(?:#|\/\/)[ \t]*model-gate(?::[ \t]*|-)ignore\b/;
const METHOD_RE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+/i;
/**
 * Request files of the REST Client (VS Code) and the JetBrains HTTP client: requests separated by `###`, each a
 * request line, headers, a blank line and a body; `@name = value` variables used as `{{name}}`. The model of a
 * request to an Ollama server (`/api/generate`, `/api/chat`, `/api/embed`...) is an Ollama model; of a request to
 * a hosted API (api.openai.com...), a hosted model. A `# model-gate: ignore` comment above the request line
 * suppresses the request.
 */
function analyzeHttp(text, budget) {
    const raw = [];
    const vars = new Map();
    const lines = [];
    let pos = 0;
    while (pos <= text.length) {
        budget.tick();
        const nl = text.indexOf('\n', pos);
        const end = nl === -1 ? text.length : nl;
        lines.push({ start: pos, text: text.slice(pos, end).replace(/\r$/, '') });
        if (nl === -1)
            break;
        pos = nl + 1;
    }
    let i = 0;
    while (i < lines.length) {
        // one request: from here to the next `###`
        let suppressed = false;
        let url;
        let j = i;
        for (; j < lines.length; j++) {
            budget.tick();
            const t = lines[j].text.trim();
            if (t.startsWith('###')) {
                if (j > i)
                    break;
                if (MARKER_RE.test(t))
                    suppressed = true;
                continue;
            }
            if (url === undefined) {
                if (!t)
                    continue;
                if (t.startsWith('#') || t.startsWith('//')) {
                    if (MARKER_RE.test(t))
                        suppressed = true;
                    continue;
                }
                const v = /^@([\w.-]+)[ \t]*=[ \t]*(.*)$/.exec(t);
                if (v) {
                    const at = lines[j].text.indexOf(v[2], lines[j].text.indexOf('='));
                    vars.set(v[1], { value: v[2].trim(), offset: lines[j].start + Math.max(at, 0) });
                    continue;
                }
                url = substitute(requestTarget(t), vars);
                continue;
            }
            if (t === '') {
                // the body: up to the next `###`
                let k = j + 1;
                while (k < lines.length && !lines[k].text.trim().startsWith('###'))
                    k++;
                if (!suppressed && k > j + 1) {
                    const mode = requestMode(url);
                    const bodyStart = lines[j + 1].start;
                    const bodyEnd = lines[k - 1].start + lines[k - 1].text.length;
                    if (mode)
                        raw.push(...bodyModels(text.slice(bodyStart, bodyEnd), bodyStart, mode, vars, budget));
                }
                j = k;
                break;
            }
        }
        i = Math.max(j, i + 1);
    }
    return raw;
}
/** The target of a request line `POST url HTTP/1.1` (method and version dropped; no regular expression over it). */
function requestTarget(line) {
    let t = line.replace(METHOD_RE, '');
    const space = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
    if (space !== -1 && /^HTTP\/[\d.]+$/i.test(t.slice(space + 1)))
        t = t.slice(0, space);
    return t.trim();
}
/** How a request's `"model"` reads: Ollama, a hosted API, or the Hub's router; undefined for other servers. */
function requestMode(url) {
    if (isOllamaRequest(url))
        return 'ollama';
    const m = endpointMode(url);
    return m === 'self' || m === 'ollama' ? undefined : m;
}
function substitute(s, vars) {
    if (!s.includes('{{'))
        return s;
    let out = '';
    let i = 0;
    for (;;) {
        const open = s.indexOf('{{', i);
        if (open === -1)
            return out + s.slice(i);
        const close = s.indexOf('}}', open + 2);
        if (close === -1)
            return out + s.slice(i);
        out += s.slice(i, open) + (vars.get(s.slice(open + 2, close).trim())?.value ?? '\0');
        i = close + 2;
    }
}
function bodyModels(body, base, mode, vars, budget) {
    const out = [];
    for (const e of jsonEntries(body, budget, base)) {
        if (e.item || e.parent !== -1 || (e.key !== 'model' && !(e.key === 'name' && mode === 'ollama')))
            continue;
        let { text: value, offset } = e.value;
        const v = /^\{\{\s*([\w.-]+)\s*\}\}$/.exec(value);
        if (v) {
            const def = vars.get(v[1]);
            if (!def)
                continue;
            value = def.value;
            offset = def.offset;
        }
        const cl = mode === 'ollama' ? classifyOllama(value) : values_classifyValue(value, mode, 'strong', { isKnownModel: () => false });
        if (!cl)
            continue;
        const ref = { id: cl.id, kind: cl.kind, offset: offset + (cl.shift ?? 0) };
        if (cl.provider)
            ref.provider = cl.provider;
        out.push(ref);
    }
    return out;
}
const http = defineScanner({
    name: 'http',
    description: 'HTTP request files (.http, .rest): the "model" of requests to an Ollama server (/api/generate, /api/chat, /api/embed, or OpenAI routes on port 11434) and to hosted APIs, with @variables.',
    fileMatch: ['**/*.http', '**/*.rest'],
    analyze(content, path, _ctx, budget) {
        return outputOf(content, path, 'http', analyzeHttp(content, budget));
    },
});

;// CONCATENATED MODULE: ./src/scanners/javascript/lexer.ts

function lexer_isIdentStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127;
}
function lexer_isIdentPart(c) {
    return lexer_isIdentStart(c) || (c >= 48 && c <= 57);
}
/** Operators of more than one character, longest first. */
const OPS = [
    '===',
    '!==',
    '??=',
    '||=',
    '&&=',
    '**=',
    '...',
    '==',
    '!=',
    '<=',
    '>=',
    '=>',
    '?.',
    '??',
    '||',
    '&&',
    '+=',
    '-=',
    '*=',
    '/=',
    '%=',
    '++',
    '--',
    '**',
];
/** Tokens after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_OPS = new Set([
    '(',
    ',',
    '=',
    ':',
    '[',
    '!',
    '&',
    '|',
    '?',
    '{',
    '}',
    ';',
    '+',
    '-',
    '*',
    '%',
    '<',
    '>',
    '~',
    '^',
    '=>',
    '===',
    '!==',
    '==',
    '!=',
    '<=',
    '>=',
    '??',
    '||',
    '&&',
    '??=',
    '||=',
    '&&=',
    '+=',
    '-=',
]);
const REGEX_AFTER_WORDS = new Set([
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await',
]);
/**
 * A light JavaScript/TypeScript tokenizer: names, strings (template literals with `${}` flagged dynamic),
 * numbers, punctuation. Comments (their [start, end) ranges go to `comments` when given) and regular-expression
 * literals are skipped. Linear in the source; throws only `ScanBudgetError`, from `budget`.
 */
function lexJs(src, budget, comments) {
    const toks = [];
    const n = src.length;
    let i = 0;
    while (i < n) {
        budget?.tick();
        const c = src.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13) {
            i++;
            continue;
        }
        if (c === 47) {
            const d = src.charCodeAt(i + 1);
            if (d === 47) {
                const nl = src.indexOf('\n', i);
                const end = nl === -1 ? n : nl;
                comments?.push([i, end]);
                i = end;
                continue;
            }
            if (d === 42) {
                const close = src.indexOf('*/', i + 2);
                const end = close === -1 ? n : close + 2;
                comments?.push([i, end]);
                i = end;
                continue;
            }
            const prev = toks[toks.length - 1];
            const regex = !prev ||
                (prev.t === T.Op && REGEX_AFTER_OPS.has(prev.v)) ||
                (prev.t === T.Name && REGEX_AFTER_WORDS.has(prev.v));
            if (regex) {
                let j = i + 1;
                let cls = false;
                while (j < n && src[j] !== '\n') {
                    const ch = src[j];
                    if (ch === '\\') {
                        j += 2;
                        continue;
                    }
                    if (ch === '[')
                        cls = true;
                    else if (ch === ']')
                        cls = false;
                    else if (ch === '/' && !cls)
                        break;
                    j++;
                }
                j++;
                while (j < n && lexer_isIdentPart(src.charCodeAt(j)))
                    j++;
                toks.push(tok(T.Num, 'regex', i, j));
                i = j;
                continue;
            }
        }
        if (c === 34 || c === 39 || c === 96) {
            i = lexer_lexString(src, i, toks);
            continue;
        }
        if (lexer_isIdentStart(c)) {
            let j = i + 1;
            while (j < n && lexer_isIdentPart(src.charCodeAt(j)))
                j++;
            toks.push(tok(T.Name, src.slice(i, j), i, j));
            i = j;
            continue;
        }
        if (c >= 48 && c <= 57) {
            let j = i + 1;
            while (j < n && /[\w.]/.test(src[j]))
                j++;
            toks.push(tok(T.Num, src.slice(i, j), i, j));
            i = j;
            continue;
        }
        const op = OPS.find((o) => src.startsWith(o, i));
        if (op) {
            toks.push(tok(T.Op, op, i, i + op.length));
            i += op.length;
            continue;
        }
        toks.push(tok(T.Op, src[i], i, i + 1));
        i++;
    }
    return toks;
}
function lexer_lexString(src, start, toks) {
    const n = src.length;
    const quote = src[start];
    let j = start + 1;
    let val = '';
    let dyn = false;
    while (j < n) {
        const ch = src[j];
        if (ch === '\\') {
            const next = src[j + 1];
            val += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
            j += 2;
            continue;
        }
        if (ch === quote) {
            j++;
            break;
        }
        if (ch === '\n' && quote !== '`')
            break;
        if (quote === '`' && ch === '$' && src[j + 1] === '{') {
            dyn = true;
            // skip the substitution, with nested braces and strings
            let depth = 0;
            let k = j + 1;
            for (; k < n; k++) {
                const d = src[k];
                if (d === '{')
                    depth++;
                else if (d === '}' && --depth === 0)
                    break;
                else if (d === '"' || d === "'" || d === '`') {
                    const close = src.indexOf(d, k + 1);
                    if (close === -1)
                        break;
                    k = close;
                }
            }
            val += '${}';
            j = k + 1;
            continue;
        }
        val += ch;
        j++;
    }
    toks.push(tok(T.Str, src.slice(start, j), start, j, val, start + 1, dyn));
    return j;
}

;// CONCATENATED MODULE: ./src/scanners/javascript/analyze.ts







const CLOSERS = new Set([')', ']', '}', '++', '--']);
const CONTINUERS = new Set([
    '?',
    ':',
    '.',
    '?.',
    '??',
    '||',
    '&&',
    '+',
    '-',
    '*',
    '/',
    '=',
    '==',
    '===',
    '!=',
    '!==',
    '<',
    '>',
    '<=',
    '>=',
    ',',
    ')',
    ']',
    '}',
    '(',
    '[',
]);
const analyze_KEYWORDS = new Set(['true', 'false', 'null', 'undefined', 'typeof', 'new', 'await', 'void', 'as', 'satisfies']);
const DECLARATIONS = new Set(['const', 'let', 'var', 'export', 'function']);
/** transformers.js, from npm or from a CDN (jsDelivr, esm.sh, unpkg, Skypack). */
const TRANSFORMERS_JS_RE = /(?:^|\/)@(?:xenova|huggingface)\/transformers(?:@[\w.^~-]+)?(?:[/?#]|$)/;
const HF_CLIENT_RE = /^@huggingface\/(?:inference|hub)$|^@langchain\/community\/(?:llms|embeddings)\/hf/;
const OLLAMA_CALLS = new Set(['chat', 'generate', 'embed', 'embeddings', 'pull', 'show', 'push']);
const analyze_GENAI_METHODS = new Set([
    'generateContent',
    'generateContentStream',
    'embedContent',
    'countTokens',
    'generateImages',
]);
const WATSONX_METHODS = new Set([
    'generateText',
    'generateTextStream',
    'textChat',
    'textChatStream',
    'embedText',
    'textRerank',
]);
const BASE_URL_KEYS = new Set(['baseURL', 'baseUrl', 'basePath', 'apiBase', 'endpoint', 'host']);
/** Finds model references in JavaScript/TypeScript source; offsets are offsets of `code`. */
function analyzeJs(code, ctx, budget = new Budget(code.length, ctx)) {
    return new JsAnalyzer(code, lexJs(code, budget), ctx, budget).run();
}
/** SDK clients constructed directly (`new OpenAI(...)`) → their provider. */
const DIRECT_CLIENTS = table({
    OpenAI: 'openai',
    AzureOpenAI: 'azure-openai',
    Anthropic: 'anthropic',
    GoogleGenerativeAI: 'google',
    GoogleGenAI: 'google',
    VertexAI: 'vertex-ai',
    BedrockRuntimeClient: 'bedrock',
    Groq: 'groq',
    Together: 'together',
    Mistral: 'mistral',
    CohereClient: 'cohere',
    CohereClientV2: 'cohere',
    newInstance: 'watsonx',
    Replicate: 'replicate',
});
/** Methods of a Replicate client (`new Replicate()` from the `replicate` package) whose first argument names the model run. */
const REPLICATE_CALLS = new Set(['run', 'stream']);
class JsAnalyzer extends FlowAnalyzer {
    tfjs = false;
    hfClient = false;
    hfHub = false;
    /** Providers whose SDK the file imports. */
    sdks = new Set();
    /** Local names of provider functions: `openai` of `@ai-sdk/openai`, `ollama` of `ollama-ai-provider`. */
    providerFns = new Map();
    /** Names imported from `@ai-sdk/gateway` (`gateway`, `createGateway`): their models are `provider/model`. */
    gatewayFns = new Set();
    /** Client instances (`const client = new OpenAI({ baseURL })`) → what their methods' `model` names. */
    instances = new Map();
    /** Per name: the first token of each of its assignments (`createGroq` of `const g = createGroq({})`). */
    firstTokens = new Map();
    /** A newline between token i-1 and token i. */
    nl;
    constructor(code, toks, ctx, budget) {
        super(code, toks, ctx, budget);
        this.ollamaFile = /ollama/i.test(code) || code.includes('11434');
        this.nl = new Uint8Array(toks.length);
        for (let i = 1; i < toks.length; i++) {
            const gap = code.slice(toks[i - 1].e, toks[i].s);
            if (gap.includes('\n') || code.slice(toks[i - 1].s, toks[i - 1].e).includes('\n'))
                this.nl[i] = 1;
        }
        budget.tick(toks.length);
        this.readImports();
    }
    /** Module specifiers (import/export from, require, dynamic import) and the names they bind. */
    readImports() {
        const toks = this.toks;
        for (let i = 0; i < toks.length; i++) {
            const k = toks[i];
            if (k.t !== T.Str || k.dyn || k.val === undefined)
                continue;
            const prev = toks[i - 1];
            const spec = k.val;
            const isSpec = (prev?.t === T.Name && (prev.v === 'from' || prev.v === 'import')) ||
                (prev?.t === T.Op && prev.v === '(' && (toks[i - 2]?.v === 'require' || toks[i - 2]?.v === 'import'));
            if (!isSpec)
                continue;
            this.budget.tick();
            if (TRANSFORMERS_JS_RE.test(spec))
                this.tfjs = true;
            if (HF_CLIENT_RE.test(spec))
                this.hfClient = true;
            if (spec === '@huggingface/hub')
                this.hfHub = true;
            const sdk = JS_SDK_PROVIDERS[spec];
            if (sdk)
                this.sdks.add(sdk);
            const ai = /^@ai-sdk\/([\w-]+)$/.exec(spec);
            const provider = ai && AI_SDK_PROVIDERS[ai[1]]
                ? `hosted:${AI_SDK_PROVIDERS[ai[1]]}`
                : /^ollama-ai-provider/.test(spec)
                    ? 'ollama'
                    : undefined;
            if (provider)
                for (const name of this.importedNames(i))
                    this.providerFns.set(name, provider);
            if (spec === '@ai-sdk/gateway')
                for (const name of this.importedNames(i))
                    this.gatewayFns.add(name);
        }
    }
    /** Names bound by the import whose specifier is the token at `spec`: `import { openai as o, createOpenAI } from`. */
    importedNames(spec) {
        const toks = this.toks;
        const names = [];
        const i = spec - 2; // before `from`
        if (toks[i]?.t === T.Op && toks[i].v === '}') {
            let open = i;
            while (open > 0 && !(toks[open].t === T.Op && toks[open].v === '{') && i - open < 256)
                open--;
            for (let j = open + 1; j < i; j++) {
                const k = toks[j];
                if (k.t !== T.Name)
                    continue;
                if (toks[j + 1]?.v === 'as' && toks[j + 2]?.t === T.Name) {
                    names.push(toks[j + 2].v);
                    j += 2;
                }
                else
                    names.push(k.v);
            }
        }
        else if (toks[i]?.t === T.Name)
            names.push(toks[i].v);
        return names;
    }
    run() {
        const toks = this.toks;
        this.collectAssignments();
        const stack = [];
        const tables = this.modelishTables();
        for (let i = 0; i < toks.length; i++) {
            this.budget.tick();
            const k = toks[i];
            // (not a key of an object literal, unless a model-ish name holds the object: a table of facts about models,
            // `{ "google/gemma-2-9b-it": { maxInputTokens: 8192 } }`, looks them up by id and loads none)
            if (k.t === T.Str && (tables?.[i] || stack[stack.length - 1]?.v !== '{' || !this.isTableKey(i)))
                this.stringAnywhere(k);
            if (k.t === T.Str)
                this.commandString(k);
            if (k.t === T.Op) {
                if (this.opensCommandList(i))
                    this.commandList(i);
                if (k.v === '(') {
                    const callee = i > 0 && toks[i - 1].t === T.Name ? calleeChain(toks, i) : undefined;
                    const frame = { v: '(', callee };
                    if (callee) {
                        frame.mode = this.callMode(callee, i);
                        this.call(i, callee, frame.mode);
                    }
                    stack.push(frame);
                }
                else if (k.v === '{' || k.v === '[') {
                    const top = stack[stack.length - 1];
                    const prev = toks[i - 1];
                    const direct = top?.v === '(' && prev?.t === T.Op && (prev.v === '(' || prev.v === ',');
                    const inherit = direct || (k.v === '{' && top?.v === '{');
                    stack.push({ v: k.v, callee: inherit ? top.callee : undefined, mode: inherit ? top.mode : undefined });
                }
                else if (k.v === ')' || k.v === '}' || k.v === ']') {
                    stack.pop();
                }
                continue;
            }
            const top = stack[stack.length - 1];
            if (top?.v !== '{')
                continue;
            const prev = toks[i - 1];
            if (!prev || prev.t !== T.Op || (prev.v !== '{' && prev.v !== ','))
                continue;
            const next = toks[i + 1];
            // object property `key: value`
            if ((k.t === T.Name || k.t === T.Str) && next?.t === T.Op && next.v === ':') {
                const key = k.t === T.Str ? (k.val ?? '') : k.v;
                this.property(key, i + 2, this.exprEnd(i + 2), top);
                continue;
            }
            // shorthand `{ model }` in a call's options
            if (k.t === T.Name && top.callee && next?.t === T.Op && (next.v === ',' || next.v === '}'))
                this.property(k.v, i, i + 1, top);
        }
        for (const [name, list] of this.assigns) {
            const ollamaName = /ollama/i.test(name) && /model/i.test(name);
            if (!ollamaName && !isModelishName(name))
                continue;
            for (const a of list) {
                if (a.e <= a.s || a.elem)
                    continue;
                const first = toks[a.s];
                const cands = first.t === T.Op && (first.v === '[' || first.v === '{')
                    ? this.collection(a.s, a.e)
                    : this.evalExpr(a.s, a.e, 0, new Set([name]));
                for (const c of cands) {
                    if (c.env !== undefined)
                        continue;
                    if (ollamaName)
                        this.report(c, 'ollama', 'weak');
                    else
                        this.report(c, 'hub', this.hfClient || this.tfjs ? 'strong' : 'weak');
                }
            }
        }
        return this.finish();
    }
    /**
     * Records `const|let|var NAME = expr` (with TS annotations), class fields (`static NAME = expr`,
     * `NAME = expr;`), member assignments (`this.NAME = expr`), destructuring and parameter defaults
     * (`{ model = 'x' }`, `(model: string = 'x') =>`), loop variables (`for (const m of MODELS)`) and client
     * instances (`const client = new OpenAI({ baseURL })`).
     */
    collectAssignments() {
        const toks = this.toks;
        const open = [];
        for (let i = 0; i < toks.length - 1; i++) {
            this.budget.tick();
            const k = toks[i];
            if (k.t === T.Op) {
                if (isOpen(k))
                    open.push(k.v);
                else if (k.v === ')' || k.v === ']' || k.v === '}')
                    open.pop();
                continue;
            }
            if (k.t !== T.Name)
                continue;
            if (k.v === 'for' &&
                toks[i + 1]?.v === '(' &&
                /^(?:const|let|var)$/.test(toks[i + 2]?.v ?? '') &&
                toks[i + 3]?.t === T.Name &&
                toks[i + 4]?.v === 'of') {
                const end = this.closeOf(i + 1);
                this.addAssign(toks[i + 3].v, { s: i + 5, e: end, elem: true });
                continue;
            }
            if (k.v === 'const' || k.v === 'let' || k.v === 'var') {
                const name = toks[i + 1];
                if (name.t !== T.Name)
                    continue;
                let eq = i + 2;
                if (toks[eq]?.t === T.Op && toks[eq].v === ':')
                    eq = this.annotationEnd(eq + 1);
                if (toks[eq]?.t !== T.Op || toks[eq].v !== '=')
                    continue;
                const end = this.exprEnd(eq + 1);
                this.addAssign(name.v, { s: eq + 1, e: end });
                const inst = this.instanceOf(eq + 1, end);
                if (inst)
                    this.instances.set(name.v, inst);
                continue;
            }
            const next = toks[i + 1];
            const prev = toks[i - 1];
            // typed parameter with a default: `(model: string = 'x')`
            if (next.t === T.Op &&
                next.v === ':' &&
                open[open.length - 1] === '(' &&
                prev?.t === T.Op &&
                (prev.v === '(' || prev.v === ',')) {
                const eq = this.annotationEnd(i + 2);
                if (toks[eq]?.t === T.Op && toks[eq].v === '=')
                    this.addAssign(k.v, { s: eq + 1, e: this.exprEnd(eq + 1) });
                continue;
            }
            if (next.t !== T.Op || (next.v !== '=' && next.v !== '??=' && next.v !== '||='))
                continue;
            const member = prev?.t === T.Op && prev.v === '.' && toks[i - 2]?.t === T.Name && toks[i - 2].v === 'this';
            const field = !prev ||
                (prev.t === T.Name &&
                    (prev.v === 'static' || prev.v === 'readonly' || prev.v === 'public' || prev.v === 'private')) ||
                (prev.t === T.Op && (prev.v === ';' || prev.v === '{' || prev.v === '}' || prev.v === '(' || prev.v === ','));
            if (member || field) {
                const end = this.exprEnd(i + 2);
                this.addAssign(k.v, { s: i + 2, e: end });
                const inst = member ? this.instanceOf(i + 2, end) : undefined;
                if (inst)
                    this.instances.set(k.v, inst);
            }
        }
    }
    /** End of a TypeScript annotation starting at `s`: the `=` (or `,` `;` `)`) after it, at most 64 tokens on. */
    annotationEnd(s) {
        const toks = this.toks;
        let j = s;
        for (; j < toks.length && j - s < 64; j++) {
            const k = toks[j];
            if (k.t === T.Name && DECLARATIONS.has(k.v))
                return j;
            if (k.t !== T.Op)
                continue;
            if (k.v === '<')
                continue;
            if (isOpen(k))
                j = this.closeOf(j);
            else if (k.v === '=' || k.v === ',' || k.v === ';' || k.v === ')' || k.v === '}' || k.v === ']')
                return j;
        }
        return j;
    }
    /** What a client created by the expression [s, e) points at: `new OpenAI({ baseURL: 'http://localhost:11434/v1' })` → ollama. */
    instanceOf(s, e) {
        const toks = this.toks;
        let i = s;
        if (toks[i]?.t === T.Name && toks[i].v === 'await')
            i++;
        if (toks[i]?.t === T.Name && toks[i].v === 'new')
            i++;
        let j = i;
        while (toks[j + 1]?.v === '.' && toks[j + 2]?.t === T.Name && j + 2 < e)
            j += 2;
        if (toks[i]?.t !== T.Name || toks[j + 1]?.v !== '(')
            return undefined;
        const last = toks[j].v;
        const endpoint = this.endpointIn(j + 1);
        if (/^Ollama$/.test(last))
            return 'ollama';
        if (last === 'HfInference' || last === 'InferenceClient')
            return 'hub';
        const fn = /^create(\w+)$/.exec(last);
        if (fn) {
            const p = AI_SDK_PROVIDERS[fn[1].toLowerCase()] ?? (fn[1] === 'Ollama' ? 'ollama' : undefined);
            if (!p)
                return undefined;
            const mode = p === 'ollama' ? 'ollama' : `hosted:${p}`;
            return endpoint ?? mode;
        }
        const provider = DIRECT_CLIENTS[last];
        if (!provider)
            return undefined;
        // names other libraries use too: only with the SDK's package imported
        if ((last === 'newInstance' || last === 'Replicate') && !this.sdks.has(provider))
            return undefined;
        return endpoint ?? `hosted:${provider}`;
    }
    /** What a `baseURL` option of the call at `open` says (top level of its options, or one level down). */
    endpointIn(open) {
        const toks = this.toks;
        const end = this.closeOf(open);
        const visit = (s, e, level) => {
            for (let i = s; i < e; i++) {
                this.budget.tick();
                const k = toks[i];
                if (isOpen(k)) {
                    if (level < 2 && k.v === '{') {
                        const r = visit(i + 1, this.closeOf(i), level + 1);
                        if (r)
                            return r;
                    }
                    i = this.closeOf(i);
                    continue;
                }
                if ((k.t === T.Name || k.t === T.Str) &&
                    BASE_URL_KEYS.has(k.t === T.Str ? (k.val ?? '') : k.v) &&
                    toks[i + 1]?.v === ':') {
                    const all = this.evalExpr(i + 2, this.exprEnd(i + 2), 0, new Set());
                    const vals = all.filter((c) => c.env === undefined);
                    // from the environment only (`process.env.OPENAI_BASE_URL`): the SDK's own service, as a guess
                    if (!vals.length && all.length)
                        return undefined;
                    for (const c of vals) {
                        const m = endpointMode(c.value);
                        if (m !== 'self')
                            return m;
                    }
                    return 'self';
                }
            }
            return undefined;
        };
        return visit(open + 1, end, 0);
    }
    /** The instance a method is called on: `client.chat...` → client, `this.client.chat...` → client. */
    receiver(chain) {
        const name = chain[0] === 'this' ? chain[1] : chain[0];
        return name === undefined || chain.length < 2 ? undefined : this.instances.get(name);
    }
    /** How the model options of the call with callee `chain` read, when the callee says so. */
    callMode(chain, open) {
        const last = chain[chain.length - 1];
        if (chain.some((c) => /ollama/i.test(c)) && !this.providerFns.has(chain[0]))
            return { mode: 'ollama', strength: 'strong' };
        const inst = this.receiver(chain);
        const sinkCall = SINK_METHODS.has(last) && chain.some((c) => SINK_PARTS.has(c));
        if (inst !== undefined) {
            if (inst === 'ollama' && (OLLAMA_CALLS.has(last) || sinkCall))
                return { mode: 'ollama', strength: 'strong' };
            if (inst === 'hub')
                return { mode: 'hub', strength: 'strong' };
            if ((inst === 'hosted:google' || inst === 'hosted:vertex-ai') &&
                (last === 'getGenerativeModel' || analyze_GENAI_METHODS.has(last)))
                return { mode: inst, strength: 'strong' };
            if (inst === 'hosted:watsonx' && WATSONX_METHODS.has(last))
                return { mode: inst, strength: 'strong', keys: ['modelId'] };
            if (inst === 'hosted:bedrock' && last === 'send')
                return undefined;
            if (sinkCall)
                return inst === 'self' ? { mode: 'hub', strength: 'weak' } : { mode: inst, strength: 'strong' };
        }
        const cls = JS_HOSTED_CLASSES[last];
        if (cls) {
            const endpoint = this.endpointIn(open);
            if (endpoint === 'ollama')
                return { mode: 'ollama', strength: 'strong', keys: cls.kws };
            if (endpoint === 'self')
                return { mode: 'hub', strength: 'weak', keys: cls.kws };
            return { mode: endpoint ?? `hosted:${cls.provider}`, strength: 'strong', keys: cls.kws };
        }
        if (last === 'getGenerativeModel' && (this.sdks.has('google') || this.sdks.has('vertex-ai')))
            return { mode: this.sdks.has('vertex-ai') ? 'hosted:vertex-ai' : 'hosted:google', strength: 'strong' };
        if (analyze_GENAI_METHODS.has(last) && chain.includes('models') && this.sdks.has('google'))
            return { mode: 'hosted:google', strength: 'strong' };
        if (WATSONX_METHODS.has(last) && this.sdks.has('watsonx'))
            return { mode: 'hosted:watsonx', strength: 'strong', keys: ['modelId'] };
        if (sinkCall && chain.length > 2) {
            const sdks = [...this.sdks].filter((p) => ['openai', 'anthropic', 'groq', 'together', 'mistral', 'cohere'].includes(p));
            if (sdks.length === 1)
                return { mode: `hosted:${sdks[0]}`, strength: 'strong', soft: true };
        }
        return undefined;
    }
    /** End of the expression starting at `s` (see `exprEnd`). */
    exprEnd(s) {
        const toks = this.toks;
        for (let i = s; i < toks.length; i++) {
            this.budget.tick();
            const k = toks[i];
            if (i > s && this.nl[i]) {
                const prev = toks[i - 1];
                const prevContinues = prev.t === T.Op && !CLOSERS.has(prev.v);
                const nextContinues = k.t === T.Op && CONTINUERS.has(k.v);
                if (!prevContinues && !nextContinues)
                    return i;
            }
            if (k.t === T.Name && i > s && DECLARATIONS.has(k.v))
                return i;
            if (k.t !== T.Op)
                continue;
            if (isOpen(k)) {
                i = this.closeOf(i);
                continue;
            }
            if (k.v === ')' || k.v === ']' || k.v === '}' || k.v === ',' || k.v === ';')
                return i;
        }
        return toks.length;
    }
    evalExpr(s, e, depth, seen) {
        const toks = this.toks;
        const out = [];
        if (depth > 4)
            return out;
        // a lone name (the common `from_pretrained(MODEL)`): its memoised values as they are
        if (e === s + 1 && toks[s].t === T.Name && !analyze_KEYWORDS.has(toks[s].v))
            return this.follow(toks[s].v, depth, seen);
        for (let i = s; i < e && out.length < MAX_CANDIDATES; i++) {
            this.budget.tick();
            const k = toks[i];
            if (k.t === T.Str) {
                if (!k.dyn && k.val !== undefined && k.vs !== undefined)
                    out.push({ value: k.val, offset: k.vs });
                continue;
            }
            if (k.t === T.Op) {
                if (k.v === '(') {
                    const close = this.closeOf(i);
                    if (i > s && toks[i - 1].t === T.Name) {
                        i = close;
                        continue;
                    }
                    addCands(out, this.evalExpr(i + 1, Math.min(close, e), depth + 1, seen));
                    i = close;
                }
                else if (k.v === '[' || k.v === '{')
                    i = this.closeOf(i);
                continue;
            }
            if (k.t !== T.Name || analyze_KEYWORDS.has(k.v))
                continue;
            let j = i;
            while (toks[j + 1]?.t === T.Op &&
                (toks[j + 1].v === '.' || toks[j + 1].v === '?.') &&
                toks[j + 2]?.t === T.Name &&
                j + 2 < e)
                j += 2;
            const next = toks[j + 1];
            // process.env.X, import.meta.env.X, Bun.env.X: set elsewhere
            if (j >= i + 2 &&
                toks[j - 2].v === 'env' &&
                (toks[i].v === 'process' || toks[i].v === 'import' || toks[i].v === 'Bun')) {
                out.push({ value: '', offset: toks[j].s, env: toks[j].v });
                i = j;
                continue;
            }
            if (next?.t === T.Op && next.v === '(' && j + 1 < e) {
                const close = this.closeOf(j + 1);
                // Deno.env.get("X")
                if (toks[j].v === 'get' && j >= i + 2 && toks[j - 2].v === 'env' && toks[j + 2]?.t === T.Str)
                    out.push({ value: '', offset: toks[j + 2].vs ?? toks[j + 2].s, env: toks[j + 2].val ?? '' });
                i = close;
                continue;
            }
            if (next?.t === T.Op && next.v === '[' && j + 1 < e) {
                const close = this.closeOf(j + 1);
                const keyTok = close === j + 3 && toks[j + 2].t === T.Str && !toks[j + 2].dyn ? toks[j + 2] : undefined;
                if (keyTok && toks[j].v === 'env' && toks[i].v === 'process')
                    out.push({ value: '', offset: keyTok.vs ?? keyTok.s, env: keyTok.val ?? '' });
                else
                    addCands(out, (keyTok && this.keyedValue(toks[j].v, keyTok.val ?? '', depth, seen)) || this.collectionOf(toks[j].v, seen));
                i = close;
                continue;
            }
            if (j === i || (j === i + 2 && k.v === 'this'))
                addCands(out, this.follow(toks[j].v, depth, seen));
            else if (j === i + 2) {
                // OBJ.key of an object literal
                const v = this.keyedValue(k.v, toks[j].v, depth, seen);
                if (v)
                    addCands(out, v);
            }
            i = j;
        }
        return out;
    }
    call(open, chain, mode) {
        const last = chain[chain.length - 1];
        // Vercel AI SDK provider functions: openai('gpt-4o'), openai.chat('gpt-4o'), ollama('llama3.2')
        const fn = this.providerFns.get(chain[0]) ?? this.instanceFn(chain[0]);
        if (fn && chain.length <= 2) {
            const { args } = this.splitArgs(open);
            const a = args[0];
            if (a)
                for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
                    this.report(c, fn, 'strong');
            return;
        }
        // the Vercel AI Gateway: gateway('xai/grok-4'), gateway.languageModel('anthropic/claude-haiku-4.5')
        if (chain.length <= 2 && (this.gatewayFns.has(chain[0]) || this.gatewayInstance(chain[0]))) {
            const a = this.splitArgs(open).args[0];
            if (a)
                for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
                    this.reportGateway(c);
            return;
        }
        // Replicate: replicate.run("owner/model:version", { input }), replicate.stream("owner/model", { input })
        if (REPLICATE_CALLS.has(last) && chain.length === 2 && this.receiver(chain) === 'hosted:replicate') {
            const a = this.splitArgs(open).args[0];
            if (a)
                for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
                    this.report(c, 'hosted:replicate', 'strong');
            return;
        }
        if (last === 'initChatModel') {
            const { args } = this.splitArgs(open);
            const opts = args[1];
            const provider = opts ? this.objectValue(opts.start, opts.end, 'modelProvider') : undefined;
            if (args[0])
                for (const c of this.evalExpr(args[0].start, args[0].end, 0, new Set()))
                    this.reportChatModel(c, provider);
            return;
        }
        if (mode)
            return;
        if (last !== 'pipeline' && last !== 'from_pretrained')
            return;
        if (last === 'from_pretrained' && chain.length < 2)
            return;
        const { args } = this.splitArgs(open);
        const index = last === 'pipeline' ? 1 : 0;
        const a = args[index];
        if (!a)
            return;
        const strength = this.tfjs || last === 'from_pretrained' ? 'strong' : 'weak';
        if (last === 'pipeline' && !this.tfjs && !chain.some((c) => /transformers/i.test(c))) {
            // an unrelated pipeline(): only catalog-known ids, which stringAnywhere reports
            return;
        }
        const opts = args[index + 1];
        const revision = opts ? this.objectValue(opts.start, opts.end, 'revision') : undefined;
        for (const c of this.evalExpr(a.start, a.end, 0, new Set()))
            this.report(c, 'hub', strength, revision);
    }
    /** A name made by `createGateway(...)` imported from `@ai-sdk/gateway`. */
    gatewayInstance(name) {
        if (!this.gatewayFns.size)
            return false;
        for (const first of this.assignedFrom(name))
            if (this.gatewayFns.has(first))
                return true;
        return false;
    }
    /**
     * The first tokens of a name's assignments, gathered once per name: minified code calls one-letter names
     * assigned thousands of times, and asking all the assignments at each call was quadratic.
     */
    assignedFrom(name) {
        let firsts = this.firstTokens.get(name);
        if (!firsts) {
            firsts = new Set((this.assigns.get(name) ?? []).map((a) => this.toks[a.s]?.v ?? ''));
            this.firstTokens.set(name, firsts);
        }
        return firsts;
    }
    /** A gateway's model: `provider/model`, the provider's hosted model (a value without a provider is left alone). */
    reportGateway(c) {
        const slash = c.value.indexOf('/');
        if (c.env !== undefined || slash <= 0 || slash === c.value.length - 1)
            return;
        const slug = c.value.slice(0, slash).toLowerCase();
        if (!/^[a-z][\w-]*$/.test(slug))
            return;
        const provider = AI_GATEWAY_PROVIDERS[slug] ?? slug;
        this.report({ value: c.value.slice(slash + 1), offset: c.offset + slash + 1 }, `hosted:${provider}`, 'strong');
    }
    /** An instance that is itself a provider function (`const groq = createGroq({...}); groq('llama3-8b')`). */
    instanceFn(name) {
        const inst = this.instances.get(name);
        if (!inst || inst === 'self' || inst === 'hub')
            return undefined;
        for (const first of this.assignedFrom(name))
            if (first.startsWith('create'))
                return inst;
        return undefined;
    }
    /** String value of `key:` in the object literal spanning [s, e). */
    objectValue(s, e, key) {
        const toks = this.toks;
        if (toks[s]?.v !== '{')
            return undefined;
        const end = Math.min(e, this.closeOf(s));
        for (let i = s + 1; i < end - 2; i++) {
            const k = toks[i];
            if (isOpen(k)) {
                i = this.closeOf(i);
                continue;
            }
            if ((k.t === T.Name || k.t === T.Str) &&
                (k.t === T.Str ? k.val : k.v) === key &&
                toks[i + 1].v === ':' &&
                toks[i + 2].t === T.Str) {
                return toks[i + 2].dyn ? undefined : toks[i + 2].val;
            }
        }
        return undefined;
    }
    property(key, valueStart, valueEnd, frame) {
        const m = frame.mode;
        if (m) {
            if (m.keys ? !m.keys.includes(key) : !isModelishName(key))
                return;
            for (const c of this.evalExpr(valueStart, valueEnd, 0, new Set())) {
                if (m.soft && c.env === undefined && classifyModel(c.value, 'weak', this.ctx))
                    this.report(c, 'hub', 'weak');
                else
                    this.report(c, m.mode, m.strength);
            }
            return;
        }
        const isRepo = key === 'repo' || key === 'repoId';
        if (!isRepo && !isModelishName(key) && isModelPathName(key)) {
            // { model_path: "onnx-community/OuteTTS-0.2-500M" }: a Hub id, never a local run's output
            for (const c of this.evalExpr(valueStart, valueEnd, 0, new Set()))
                if (c.env === undefined && !isRunOutput(c.value))
                    this.report(c, 'hub', 'weak');
            return;
        }
        if (isRepo ? !this.hfHub : !isModelishName(key))
            return;
        const strength = this.hfClient || this.tfjs ? 'strong' : 'weak';
        for (const c of this.evalExpr(valueStart, valueEnd, 0, new Set()))
            this.report(c, 'hub', strength);
    }
}

;// CONCATENATED MODULE: ./src/scanners/common/needles.ts
/** Transitions into a state that completes a needle: the search stops there. */
const FOUND = -1;
/** In a view, the transition on a backslash: the state stays, and a line break right after it is skipped. */
const SKIP = -2;
const BACKSLASH = 92;
const CR = 13;
const LF = 10;
/** LATIN CAPITAL LETTER I WITH DOT ABOVE: lower-cases to `i` and a combining dot (no needle's character). */
const I_DOT = 0x130;
/** KELVIN SIGN: lower-cases to `k`. */
const KELVIN = 0x212a;
class NeedleSearch {
    /** Character code (0..0xffff) → its class (0: any character no needle holds). */
    classOf = new Uint8Array(0x10000);
    /**
     * State × class → the next state's row offset (state × classes), FOUND, or (a backslash in a view) SKIP. What
     * the options ask is in the table, so that a search is one look-up per character: `İ` has a class of its own
     * (`i`, then a character no needle holds), and so has the backslash in a view.
     */
    table;
    /** True when a needle is empty: every text holds it. */
    always;
    /** The needles kept (those holding another one are dropped: the answer is the same). */
    needles;
    constructor(needles, opts = {}) {
        if (!isIterable(needles)) {
            // a search built before (`data()`)
            this.needles = needles.needles;
            this.always = this.needles.includes('');
            for (const [code, k] of needles.classes)
                this.classOf[code] = k;
            const bytes = Buffer.from(needles.table, 'base64');
            const table = needles.bits === 16 ? new Int16Array(bytes.length / 2) : new Int32Array(bytes.length / 4);
            if (LITTLE_ENDIAN)
                new Uint8Array(table.buffer).set(bytes);
            else {
                const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
                for (let i = 0; i < table.length; i++)
                    table[i] = needles.bits === 16 ? view.getInt16(i * 2, true) : view.getInt32(i * 4, true);
            }
            this.table = table;
            return;
        }
        const view = opts.view ?? false;
        const fold = view || (opts.fold ?? false);
        const all = [...new Set([...needles].map((n) => (fold ? n.toLowerCase() : n)))];
        for (const n of all) {
            // eslint-disable-next-line no-control-regex
            if (/[^\x00-\x7f]/.test(n))
                throw new Error(`needle ${JSON.stringify(n)} is not ASCII`);
            // in a view, the text's backslashes are gone: a needle holding one could never match
            if (view && n.includes('\\'))
                throw new Error(`needle ${JSON.stringify(n)} holds a backslash`);
        }
        const kept = all.filter((n) => !all.some((m) => m !== n && n.includes(m)));
        this.needles = kept;
        this.always = kept.includes('');
        // classes: one per character a needle holds (upper-case letters share the class of their lower case)
        const classOf = this.classOf;
        let classes = 1;
        for (const n of kept) {
            for (let i = 0; i < n.length; i++) {
                const c = n.charCodeAt(i);
                if (classOf[c] === 0)
                    classOf[c] = classes++;
            }
        }
        if (fold) {
            for (let c = 65; c <= 90; c++)
                classOf[c] = classOf[c + 32];
            classOf[KELVIN] = classOf[107];
        }
        const charClasses = classes;
        const iDot = fold ? classes++ : -1;
        const backslash = view ? classes++ : -1;
        if (iDot !== -1)
            classOf[I_DOT] = iDot;
        if (backslash !== -1)
            classOf[BACKSLASH] = backslash;
        // the trie, over the needles' characters
        const next = [new Int32Array(charClasses).fill(-1)];
        const accept = [false];
        for (const n of kept) {
            let s = 0;
            for (let i = 0; i < n.length; i++) {
                const k = classOf[n.charCodeAt(i)];
                if (next[s][k] === -1) {
                    next[s][k] = next.length;
                    next.push(new Int32Array(charClasses).fill(-1));
                    accept.push(false);
                }
                s = next[s][k];
            }
            accept[s] = true;
        }
        // failure links, breadth first; each missing transition becomes its failure state's transition
        const fail = new Int32Array(next.length);
        const order = [];
        for (let k = 0; k < charClasses; k++) {
            const t = next[0][k];
            if (t === -1)
                next[0][k] = 0;
            else {
                fail[t] = 0;
                order.push(t);
            }
        }
        for (let h = 0; h < order.length; h++) {
            const s = order[h];
            if (accept[fail[s]])
                accept[s] = true;
            for (let k = 0; k < charClasses; k++) {
                const t = next[s][k];
                if (t === -1)
                    next[s][k] = next[fail[s]][k];
                else {
                    fail[t] = next[fail[s]][k];
                    order.push(t);
                }
            }
        }
        const size = next.length * classes;
        const table = size <= 0x8000 ? new Int16Array(size) : new Int32Array(size);
        const step = (s, k) => (accept[next[s][k]] ? FOUND : next[s][k] * classes);
        for (let s = 0; s < next.length; s++) {
            const at = s * classes;
            for (let k = 0; k < charClasses; k++)
                table[at + k] = step(s, k);
            if (iDot !== -1) {
                const t = next[s][classOf[105]];
                table[at + iDot] = accept[t] ? FOUND : step(t, 0);
            }
            if (backslash !== -1)
                table[at + backslash] = SKIP;
        }
        this.table = table;
    }
    /** This search as data, to build it again without the construction (`new NeedleSearch(data)`). */
    data(key) {
        const classes = [];
        for (let c = 0; c < this.classOf.length; c++)
            if (this.classOf[c])
                classes.push([c, this.classOf[c]]);
        const bits = this.table instanceof Int16Array ? 16 : 32;
        const bytes = Buffer.alloc(this.table.length * (bits / 8));
        this.table.forEach((v, i) => (bits === 16 ? bytes.writeInt16LE(v, i * 2) : bytes.writeInt32LE(v, i * 4)));
        return { key, needles: [...this.needles], classes, table: bytes.toString('base64'), bits };
    }
    /** Whether `text` holds one of the needles (under the options). Linear: one table look-up per character. */
    test(text) {
        if (this.always)
            return true;
        const table = this.table;
        const classOf = this.classOf;
        const n = text.length;
        let s = 0;
        for (let i = 0; i < n; i++) {
            const t = table[s + classOf[text.charCodeAt(i)]];
            if (t < 0) {
                if (t === FOUND)
                    return true;
                // a backslash (view): neither it nor one line break right after it (`\r\n` counts as one) is in the view
                const d = text.charCodeAt(i + 1);
                if (d === CR)
                    i += text.charCodeAt(i + 2) === LF ? 2 : 1;
                else if (d === LF)
                    i++;
                continue;
            }
            s = t;
        }
        return false;
    }
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function isIterable(x) {
    return typeof x[Symbol.iterator] === 'function';
}
/** What a search is built from, as one string. */
function needleKey(needles, opts = {}) {
    return JSON.stringify([opts.view ?? false, opts.fold ?? false, needles]);
}
/** A search as data, for needles.generated.ts (`npm run generate`). */
function prebuildNeedles(needles, opts = {}) {
    return new NeedleSearch(needles, opts).data(needleKey(needles, opts));
}
/** The search for these needles: from `prebuilt` when it was built from them (and these options), else built now. */
function needleSearch(needles, opts, prebuilt) {
    return prebuilt?.key === needleKey(needles, opts) ? new NeedleSearch(prebuilt) : new NeedleSearch(needles, opts);
}

;// CONCATENATED MODULE: ./src/scanners/common/needles.generated.ts
const PYTHON_SPECIFIC_SEARCH = { "key": "[true,false,[\"pretrained\",\"pipeline\",\"_download\",\"LLM\",\"llama\",\"Encoder\",\"Transformer\",\"HuggingFace\",\"InferenceClient\",\"hub.load\",\"hf_hub\",\"hf-hub:\",\"hf://\",\"repo_id\",\"REPO_ID\",\"heckpoint\",\"HECKPOINT\",\"mlx_lm\",\"single_file\",\"load_lora\",\"load_ip_adapter\",\"textual_inversion\",\"replicate\",\"ultralytics\",\"import clip\",\"clip import\",\"download\",\"vllm\",\"-hf\",\"hub\",\"hf.co\",\"repoid\",\"ckpt\",\"list_repo_files\",\"engineargs\",\"from_model_id\",\"model_info\",\"init_chat_model\",\"getenv\",\"environ\",\"add_argument\",\"whisper\",\"tts.api\",\"ollama\",\"11434\",\"genai\",\"google\",\"vertexai\",\"aiplatform\",\"boto\",\"bedrock\",\"litellm\",\"openai\",\"generativeai\",\"ibm_watson\",\"openai\",\"openai\",\"openai\",\"openai\",\"anthropic\",\"anthropic\",\"anthropic\",\"anthropic\",\"groq\",\"groq\",\"together\",\"mistralai\",\"mistralai\",\"cohere\",\"fireworks\",\"huggingface_hub\",\"huggingface_hub\",\"ChatOpenAI\",\"OpenAIEmbeddings\",\"AzureChatOpenAI\",\"AzureOpenAIEmbeddings\",\"ChatAnthropic\",\"ChatBedrock\",\"ChatBedrockConverse\",\"BedrockLLM\",\"BedrockChat\",\"BedrockEmbeddings\",\"ChatVertexAI\",\"VertexAI\",\"VertexAIEmbeddings\",\"ChatGoogleGenerativeAI\",\"GoogleGenerativeAI\",\"GoogleGenerativeAIEmbeddings\",\"WatsonxLLM\",\"ChatWatsonx\",\"WatsonxEmbeddings\",\"WatsonxRerank\",\"ibm_watson\",\"ibm_watson\",\"ibm_watson\",\"ChatMistralAI\",\"MistralAIEmbeddings\",\"ChatCohere\",\"CohereEmbeddings\",\"CohereRerank\",\"ChatGroq\",\"ChatTogether\",\"ChatFireworks\",\"ChatDeepSeek\",\"ChatXAI\",\"ChatPerplexity\",\"langchain\",\"llama_index\",\"llama_index.llms.openai\",\"llama_index.llms\",\"llama_index.embeddings.openai\",\"llama_index.embeddings\",\"llama_index.llms.anthropic\",\"llama_index.llms\",\"llama_index.llms.gemini\",\"llama_index.llms\",\"llama_index.embeddings.gemini\",\"llama_index.embeddings\",\"llama_index.llms.google_genai\",\"llama_index.llms\",\"llama_index.llms.vertex\",\"llama_index.llms\",\"llama_index.llms.bedrock\",\"llama_index.llms\",\"llama_index.llms.bedrock_converse\",\"llama_index.llms\",\"llama_index.llms.groq\",\"llama_index.llms\",\"llama_index.llms.mistralai\",\"llama_index.llms\",\"llama_index.llms.cohere\",\"llama_index.llms\",\"llama_index.multi_modal_llms.openai\",\"llama_index.multi_modal_llms\",\"llama_index.llms.azure_openai\",\"llama_index.llms\",\"google.generativeai\",\"vertexai\",\"google.cloud.aiplatform\",\"openai\",\"anthropic\",\"groq\",\"together\",\"mistralai\",\"cohere\",\"fireworks\"]]", "needles": ["pretrained", "pipeline", "llm", "llama", "encoder", "transformer", "huggingface", "inferenceclient", "hf://", "repo_id", "heckpoint", "mlx_lm", "single_file", "load_lora", "load_ip_adapter", "textual_inversion", "replicate", "ultralytics", "import clip", "clip import", "download", "-hf", "hub", "hf.co", "repoid", "ckpt", "list_repo_files", "engineargs", "from_model_id", "model_info", "init_chat_model", "getenv", "environ", "add_argument", "whisper", "tts.api", "11434", "genai", "google", "vertexai", "aiplatform", "boto", "bedrock", "openai", "generativeai", "ibm_watson", "anthropic", "groq", "together", "mistralai", "cohere", "fireworks", "chatwatsonx", "watsonxembeddings", "watsonxrerank", "chatdeepseek", "chatxai", "chatperplexity", "langchain"], "classes": [[32, 25], [45, 27], [46, 29], [47, 19], [49, 30], [51, 32], [52, 31], [58, 18], [65, 5], [66, 28], [67, 11], [68, 8], [69, 3], [70, 14], [71, 17], [72, 15], [73, 6], [75, 21], [76, 9], [77, 10], [78, 7], [79, 12], [80, 1], [81, 33], [82, 2], [83, 13], [84, 4], [85, 16], [86, 23], [87, 26], [88, 22], [89, 24], [92, 35], [95, 20], [97, 5], [98, 28], [99, 11], [100, 8], [101, 3], [102, 14], [103, 17], [104, 15], [105, 6], [107, 21], [108, 9], [109, 10], [110, 7], [111, 12], [112, 1], [113, 33], [114, 2], [115, 13], [116, 4], [117, 16], [118, 23], [119, 26], [120, 22], [121, 24], [304, 34], [8490, 21]], "table": "AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKbABcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoCiAKYAOQACAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkALQAKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBNgAdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl/ADIBEQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAC8KyAKYANcBCAldAcgAcAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKRAFcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA///iAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACwASAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEgA1AFcBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AY+AE8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+HAIAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdAAsAYiALMFTQXRC60G6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAK//9cBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBPQCkBsAAMAYrAL//zQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCu4PkQliAIYAzQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBP//LDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DKgDRC4UDage6AVAFIgdAAAAAAAAAAAAAGwkAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXzAMUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAPADiAI8DDQXRC4UDagecDVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKFARcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAP//YANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBKQEdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCvIBEQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPIMSAldAcAAMAYiAI8DDQXRC7sBKge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDRAF6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAlADYAAMAYiAI8DDQXNAUUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLlgFYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAJ8BTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKoAVcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAP//YANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHAtcBCAldAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYZBQ8DDQXRC4UDage6AVAFDAGAAAAAAAAAAAAAHgqAAAAANAm4Bn//wAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DDQXxCkUDage6AVAFFQGAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAleAYAAMAYiAI8DDQXxCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAecBsAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFMAGAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DDQXxCkUDeQG6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBAgHADYAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMUQliAI8DCwHRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK//9cBCAldAcAAMAYWBc8DDQXTDUUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMwe4AdcBCAlADYAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAAQIYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKKAhcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoCiAKYANcBCAldAdMCMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DHAIRC4UDage6AVAFIgdAAAAAAAAAAAAAGwkAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKlAhcBCAldAcAAMAYWBc8DDQXzAMUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DLgIRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAY3Ag8DDQXTDUUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+AAkAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACgFyAKJAlcBCAldAeYB8AYiALMFTQXRC60G6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdICcAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAP//yAldAcAAMAYiAI8DKgDRC4UDage6AVAFIgdAAAAAAAAAAAAAGwkAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAlADYAAMAYiAI8DDQXRC4UDage6AVAFJQjtAkAAAAAAAAAAHgqAAAAANAm4BncLHAapCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAADYCQAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAD//wAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoCiAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYaBM8DDQXjAoUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAl3BoAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAALAKAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl1AoAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB///iALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DEALRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDUUDageIDdAFJQjAAAAAAAAZAsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACICyAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYAP//yAljAEAAMAYiAI8DDQXrAsUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAl0AsAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAf0C8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYAP//yAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAACEDHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAKgMAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYzAw8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAL//zQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdcDcAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFIANAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYpA08DDQXxCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKyA1cBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAOwNAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDRAO6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAlNA4AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACQ2YANcBCAldAeYB8AYWA7MFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAK//9cBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBMQOdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMegOiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAGgliAI8DDQX5BgUDage6AVAFJQjAAAAAAwPAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwA8AAMAYMA88DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXVA8UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLngPYANcBMQOdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBP//dAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AADkDyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAgQAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCwQdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMVAQiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBHQQdAcAAGgliAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACYECAKYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYAO8ECAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAE4BDMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAP//YANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAABMEXgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAABMEXgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANwESAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AWUEZQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBLgRdAcAAMAYZBQ8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMUQl3BE8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAASAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlJBIAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdIEsAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAGwSAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKkBJcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkALQSYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRArkKiAldAcAAMAYiAI8DDQXRC7YEqge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl/BIAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdcDcAYiALMFTQXIBMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAf//8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+jBMAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFbATRC60G6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBNQTdAcAAMAYWBc8DDQXTDUUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAP4EyAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAE///MJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAABMEXgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYZBQ8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAOIFJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAKwUKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBNAUdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCvIBEQl9BQ8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqGBUAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAM8FSAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAlYBUAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFYQVRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDX//6geIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AADwFSAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXFBYUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLjgWYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcFiAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAACAFtAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DKQWRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYyBY8DDQXTDUUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+7BYAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAD//yAKYANcBCAldAeYB8AYiALMFTQXRC60G6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAADEF9Am4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDUUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+fBcAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACgFyAKYANcBCAldAeYB8AYiALMFTQXRC60G6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAADEF9Am4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl6BcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiAIMGDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAwGCAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXVBgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLngYYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRAr//yAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAACAFtAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAAAgZ4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBIg4dAcsGcAYiAI8DDQXRC4UDage9CZAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYUBk8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXdBkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBJgZdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMf//iAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAGgliAI8DDQX5BgUDage6AVAFJQjAAAAAAwPAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDageBBpAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHAtcBCAldAcAAMAYiAI8DDQXRC4UDf//6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAlADYAAMAYiAI8DDQXRC4UDage6AVAFJQjtAkAAAAAAAAAAHgqAAAAANAm4BncLHAapCgAAAAAAAAAAP7/AAAkACAKbC1cBCAldAcAAMAYiAI8DDQXAC0UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DJQaRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQX//8UDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDagecDVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB///iALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABIGyAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYAP//yAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFTQXRC60G6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYAPYGyAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAPwbAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAcYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRBxcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoHCAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYaBM8DDQXjBwUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAl3BoAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAALAcAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl1AoAAMAYiAI8DDQXRC4UDdQc6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAl+BwAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACQ2YANcBCAldAeYB8AYHB3MFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKQB1cBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC7//6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAlrB0AAMAYiAI8DDQXxCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAfQHcAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAK9B1cBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBBgedAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkADweYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFGAeAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DDQXxCn//6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAlADYAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQX8B4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAIUHzQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAADgfAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAJcHzQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXgB8UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAKQfiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKyB9cBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AY7B88DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAABAgAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlNCAAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdUIf//iALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAKAgiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKxCBcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AY6CA8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAwhAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlMCEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdUIcAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDXgh6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMwe4AdcBCAlADYAAMAYiAI8DDQX//8UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPkISAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAgiAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DCwiRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDUUDageUCJAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHAtcBHQidAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAOYIiAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAsPYAEKBHMJyAldAcAAKA7iAI8DDQXMDMUDage6AVAFJQjAAAAALwiAADAPHgqAAAAAIw34BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiALgIjQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXBCMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAACgjiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKTCNcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AY//88DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAwhAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DDQXxCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPcIyAldAdYKcAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEACTMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAckJMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAABMEXgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DKgDRC4UDage6AVAFIgdAAAAAAAAAAAAAP//AAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKnCpcBCAlkCQAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKnCpcBCAlkCQAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkALQkYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQX2CQUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAf//8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAGgliAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAIwlAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBLAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkANQlYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFPglAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DDQXxCkUDage6AUcJpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYZBRAJjQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKZCZcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeIJsAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAP//yAldAcAAMAYiAI8DKgDRC4UDage6AVAFIgdAAAAAAAAAAAAAGwkAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBIg4dAcAAMAYiAI8DDQXRC4UDage9CZAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHAtcBCAlGCcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFTQXRC48J6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AABgJyAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAhCdcBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAP//YANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDPwJ6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLBQopCgAAAAAAAAAAP7/AAAkACAKYANcBDgodAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABcKCAKYANcBCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAl//8AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AACwASAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAAyCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAAyCjsKAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAABApAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCj//wAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHC9cBHwpdAcAAMAYiAI8DKgDRC4UDage6AVAFIgdAAAAAAAAAAAAAGwkAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl//+kMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQX6CkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFAwqAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYMCo8DDQXxCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK//9cBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKnCpcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMAqYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRArkKiAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAECCvMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAsK3gqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANwEVArdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl//+kMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAY4Cs8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBAQskBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAMoLCAlmCu4PkQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDUws6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMweYANcBCAlADYAAMAYiAI8DDQXcCwUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLpQsYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAL//zQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKbC1cBCAldAcAAMAYiAI8DDQXAC0UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYAMkLSAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQX//8UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFFQzAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA5AtiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkALQtYANcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQX2C0UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DPwtRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDUUDageIDdAFJQjAAAAAAAA//8AAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABIGyAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAjC5cBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAewLsAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBNQudAcAAMAYiAI8DKgDRC4UDage6AVAFIgdAAAAAAAAAAAAAGwkAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl//+kMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEAvYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBGQvdAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAOILyAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAlrC8AAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAANAvAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAK9C9cBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMAqYANcBBgwdAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl//+kMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKbC1cBCAldAcAAMAYiAKEMDQXAC0UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAKgwAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAAMww4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBPAwdAcAAMAYiAI8DDQXRC4UDage9CZAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAMUMSAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDM4Mage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXXDEUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAf//8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAA8OXgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPIMSAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage7DFAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkABAyHAtcBCAldAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXNDIUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABYMiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAjC5cBCAlfDIAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACwASAKYANcBCAldAeYB8AYiALMFf//RC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDUUDageIDdAFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQX6DIUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAA//8AAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFFQzAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyeDNcBCAldAcAAMAYiAI8DDQXxCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAOcMyAldAdYKcAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEACTMJyAldAcAAMAYiAI8DDQXMDMUDagewDNAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK5DNcBCAldAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAP//YANcBCAldAeEA8AYiAI8DEALRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeYB8AYiALMFTQXRC5QNKge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYAN0NCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAJg0KBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBLw0dAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCvIBEQl4DQ8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBAQ1kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl//+4PkQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcAAMAYiAI8DDQXRC4UDagecDVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKlDVcBCAldAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkALg1YANcBCAldAeEA8AYiAI8DEALRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK//9cBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoCiAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACQ2YANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKSDZcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoCiAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAAGw24BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBIg4dAcAAMAYiAI8DDQXkDYUDage9CZAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLrQ2YANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAA2DYAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC7//6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHAtcBEQ3dAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANoNyAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAsPYAEKBHMJyAldAcAAKA7iAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAADAPHgqAAAAAIw34BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBLA3dAcAAMAYiAI8DDQXRC4UDage9CZAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPUNyAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDP4N6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXHDgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAdAOMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAD//3gqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMg6YDlcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAOsOCAlmCukMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDPQOKge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQX9DgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoLiAKYANcBCAldAcYOcAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAA8OXgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMg6YDlcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAKEOTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlLDQAAMAYYAw8DDQXfCAUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BmoOQAApCgAAAAAAAAAAP7/AAAkACAKzDlcBCAldAcAAMAYiAI8DDQXAC0UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA/A5iAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkALQtYANcBCAldAcAABQ6iAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlODoAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAdcOsAYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFIA6AAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DDQXxCn//6ge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK7DpcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AABoChA7YANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKRApcBDQ7dAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCtYO0QliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPIMSAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAA//8AAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKxDtcBCAldAcAAMAYiAI8DDQX5BgUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK6DtcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAMPCAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYiAI8DDQXRC4wPKge6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKVDxcBCAlOA0AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKeDxcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAA//8AAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBOQ8dAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAl//+kMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAD///7/AAC8KyAKYANcBCAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAEgAUD1cBCAljAEAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAHQ9YANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AACYPSAKRApcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAEgAYANcBCAljAEAAMAYvD08DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAK4D1cBJQ+kBsAAMAYrAI8DDQXoA4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAeEA8AYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAEPngqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlKD4AAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANMPiAldAeYB8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkAIAEKBHMJyAldAcAAMAYiAI8DDQXMDMUDage6AVAFJQjAAAAAAAAAAAAAHgq//8AANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYiAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlmCu4PkQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYAPIMSAldAcAAMAYiAI8DDQXRC4UDage6AVAFNw+AAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkAMQyuCNcBCAldAcAAMAYiAI8DAA/xCkUDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAldAcAAMAYWBc8DDQXTDUUDageJD9AFJQjAAAAAAAAJBsAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKHAtcBEg/dAcAAMAYiAI8DDQXRC4UDZAJ6AUMBpQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAAkACAKYANoNyAlbD+kMUQliAI8DDQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/AAC8KyAKYANcBCAldAf//8AYiALMFTQXRC4UDage6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BlgMAAApCgAAAAAAAAAAP7/AAAkACAKYANcBCAlwCEAAMAYiAI8DDQXRC4UDbwH6AVAFJQjAAAAAAAAAAAAAHgqAAAAANAm4BncLAAApCgAAAAAAAAAAP7/", "bits": 16 };
const JS_SPECIFIC_SEARCH = { "key": "[true,false,[\"pipeline\",\"pretrained\",\"@huggingface\",\"@xenova\",\"llama\",\"hf-hub:\",\"hf_hub:\",\"hf://\",\"heckpoint\",\"vllm serve\",\"hf download\",\"huggingface-cli\",\"huggingface\",\"hf.co\",\"transformers\",\"hfinference\",\"inferenceclient\",\"initchatmodel\",\"ollama\",\"11434\",\"@ai-sdk\",\"getgenerativemodel\",\"newinstance\",\"openai\",\"anthropic\",\"google\",\"vertex\",\"bedrock\",\"groq\",\"together\",\"mistral\",\"cohere\",\"watsonx\",\"gateway\",\"openai\",\"@anthropic-ai/sdk\",\"@google/generative-ai\",\"@google/genai\",\"@google-cloud/vertexai\",\"@aws-sdk/client-bedrock-runtime\",\"@ibm-cloud/watsonx-ai\",\"groq-sdk\",\"together-ai\",\"@mistralai/mistralai\",\"cohere-ai\",\"replicate\",\"openai\",\"azure\",\"anthropic\",\"google\",\"google-vertex\",\"amazon-bedrock\",\"mistral\",\"groq\",\"cohere\",\"xai\",\"deepseek\",\"togetherai\",\"fireworks\",\"perplexity\",\"cerebras\",\"deepinfra\",\"ChatOpenAI\",\"OpenAIEmbeddings\",\"AzureChatOpenAI\",\"ChatAnthropic\",\"ChatGoogleGenerativeAI\",\"GoogleGenerativeAIEmbeddings\",\"ChatVertexAI\",\"VertexAIEmbeddings\",\"BedrockChat\",\"ChatBedrockConverse\",\"BedrockEmbeddings\",\"InvokeModelCommand\",\"InvokeModelWithResponseStreamCommand\",\"ConverseCommand\",\"ConverseStreamCommand\",\"WatsonxLLM\",\"ChatWatsonx\",\"WatsonxEmbeddings\",\"ChatMistralAI\",\"ChatGroq\",\"ChatCohere\"]]", "needles": ["pipeline", "pretrained", "@xenova", "llama", "hf-hub:", "hf_hub:", "hf://", "heckpoint", "vllm serve", "hf download", "huggingface", "hf.co", "transformers", "hfinference", "inferenceclient", "initchatmodel", "11434", "@ai-sdk", "getgenerativemodel", "newinstance", "openai", "anthropic", "google", "vertex", "bedrock", "groq", "together", "mistral", "cohere", "watsonx", "gateway", "replicate", "azure", "xai", "deepseek", "fireworks", "perplexity", "cerebras", "deepinfra", "invokemodelcommand", "invokemodelwithresponsestreamcommand", "conversecommand", "conversestreamcommand"], "classes": [[32, 25], [45, 17], [46, 29], [47, 22], [49, 30], [51, 32], [52, 31], [58, 20], [64, 10], [65, 8], [66, 19], [67, 23], [68, 9], [69, 3], [70, 16], [71, 28], [72, 15], [73, 2], [75, 24], [76, 4], [77, 14], [78, 5], [79, 12], [80, 1], [81, 33], [82, 6], [83, 26], [84, 7], [85, 18], [86, 13], [87, 27], [88, 11], [89, 34], [90, 35], [92, 37], [95, 21], [97, 8], [98, 19], [99, 23], [100, 9], [101, 3], [102, 16], [103, 28], [104, 15], [105, 2], [107, 24], [108, 4], [109, 14], [110, 5], [111, 12], [112, 1], [113, 33], [114, 6], [115, 26], [116, 7], [117, 18], [118, 13], [119, 27], [120, 11], [121, 34], [122, 35], [304, 36], [8490, 24]], "table": "AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgBMAIYotgPmF1YBngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAHIAvA8AALYD4g+gI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAEwAmAC2A+YXVgGeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAvgDmF6wongxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA5AAAANwD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2AwoBoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgD2Ef//tgPmF6AjngxsGgAmrAKOJYgZpCvEH3QECBAAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAAAyGDoVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPfAG2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAA7CO8DwAAtgPmF6AjogFsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hfIAZ4MbBoAJqwCjiW6Ht4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDO4BACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgAUAgAAtgMQDaAjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAvA8AALYDOgKgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAPYRYAK2A+YXoCOeDGwaACasAo4liBmkK8QfdAQIEAAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGv//rAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAADIYOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8mJrYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDFYUACasAtICiBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D/gCtgPmF6Ajngy0JQAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDHgOgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPDBi2A+YXoCOeDGwaACasAo4lRAPeB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6AjngxsGgAmrAKOJYgZagPEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA+AHAQI5hegI54M//8AJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A5IaoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwAA3APmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AANwD5hegI54MAgQAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A5IaoCOeDGwaACasAo4liBneBygEdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgDqHwAAtgPmF6Ajngz//wAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDkhqgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmALwPrga2A+YXoCOeDGwaACasAo4liBneB8QfdASaBAAAsAo+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgBmDgAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCfABAAAPh08Bn4FAADOIAAAWgkAALIhOhUsDJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB/mBDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPrga2A+YXoCOeDGwaACasAo4liBneB8QfdASaBAAADAU+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAMgUAAAAAAADOIAAAAAAAALIh1goAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA9kHbYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4d//8AAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH6QFMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA+uBrYD5hegI54MbBoAJqwCjiWIGd4HxB90BJoEAADKBT4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAADwBQAAAAAAAM4gAAAAAAAAsiHWCgAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D2QdtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh3//wAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAABiBs4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAA///OIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAANQGAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D9wptgPmF6AjngxsGgAmrAKOJfQg3gfEH3QEMCcAAAAAPh0AAAAAAADOIPoGAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACAHvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAEwAhii2A+YXVgGeDGwaACasAo4lRgfeB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhlsBwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDkgegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAPYRDBi2A+YXoCP//2waACasAo4liBmkK8QfdAQIEAAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA+AHAQI5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAAqCOYXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAA3APmF6AjngwCBAAmrAKOJYgZ3gdQCHQEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA6h8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAHYIAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAJwIsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D8IItgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hfoCJ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDGwaACasAo4liBkOCcQfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D///BAjmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hemHJ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwagAmsAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DyYmtgPmF6AjngxsGgAmrAKOJaYJ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAK4ZvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAADMCToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A/IJoCOeDNghACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwwYGArmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AANwD5hegI54MbBoAJqwCjiU+Ct4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A+YXoCOeDGQKACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOSGqAjngxsGv//rAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAvA8mJrYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiHWCgAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D2AVtgPmF0gengy8IgAmrAKOJcIb3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIh/AoAAJgTAAAAAAAAAAAAAAAA/v8AACYAIgtgFbYD5hdIHp4MvCIAJqwCjiXCG94HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A0gLoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgD2EQwYtgPmF6AjngxsGgAmrAKOJYgZpCvEH3QECBAAAAAAPh0AAAAAAADOIAAAAAAAALIhbgsAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA9gFbYD5hdIHp4MvCIAJqwCjiXCG94HxB90BJQLAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAFYnAAC2A+YXoCOeDLoLACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOSGqAjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADgCwAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAvA///7YD5hegI54MbBoAJqwCjiX0IN4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXAiqeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAABSDAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/cKbYD5hegI54MbBoAJqwCjiX//94HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A7oxoCOeDGwaACasAo4liBneB8QfGiEwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI54M6gwAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2AxANoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwwYtgPmF6AjuBpsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAA2DbIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BFwNAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAFYnAAC2A+YXoCOeDGwaACasAo4lgg3eB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6gNngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI54MbBoAJqwCjiWIGd4Hzg10BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAOof9A22A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmFxoOngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAA//+yIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOMDnwnngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA9hEMGLYD5hegI54MbBoAJqwCjiWIGaQrxB90BLIOAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAFYn2A62A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF/4OngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8kD7YD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AADsI7wPAAC2A0oPoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwwYtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAABwDwAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA///7YD5hegI54MbBoAJqwCjiX0IN4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXAiqeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAABIRAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPiD6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA9hEMGLYD5hegI54MbBoAJqwCjiWIGaQrxB90BAgQAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAFYnLhC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF1QQngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA96ELYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AADsI7wPAAC2A6AQoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwwYtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADGEAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/sELYD5hegI54MbBoAJqwCjiX0IN4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXAiqeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAABIRAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D9wpOBHmF6AjngxsGgAmrAKOJfQg3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAXhEAANwD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPhBG2A+IPoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOqEaAjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8MGLYD5hegI///bBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXxAyeDGwaACasAo4luh7eB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPiD6AjHBJsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hfEDJ4MbBoAJqwCjiW6Ht4HxB90BDAnAAAAAD4dAAAAAAAAQhIAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwP3Cm2A+YXoCOeDGwaACasAo4l9CDeB8QfaBIwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D64GtgPmF6AjngyOEgAmrAKOJYgZ3gfEH3QEmgQAALAKPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDkhqgI7QSbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmALwPAAC2A+YXxAyeDGwaACasAo4luh7eB9oSdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgDqHwAAtgPmF6AjngxsGgAmrAKOJQAT3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAK4ZvA8AALYD5hegI54MbBomE6wCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPTBO2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D0wm///mF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AANwD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAvhMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAL4T5BMAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAChQAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBP//wAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAfBQAALYDkhqgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmALwPAAC2A+IPoCOeDGwaACasAo4liBneB8QfdAQwJ6IUAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAADIFLIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBruFKwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPJia2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4g//8AAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA9gFbYD5hdIHp4MvCIAJqwCjiXCG94HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOGFWwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhrBUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/SFbYD5hdIHp4MvCIAJqwCjiXCG94HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A/gVoCOGFWwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8Dx4WtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hdEFp4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAAAyGDoVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDGoWACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOSGqAjkBZsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAthYAALYD5hfEDJ4MbBoAJqwCjiW6Ht4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+IPoCOeDGwaACasAo4liBncFsQfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwIXBAjmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hemHJ4MbBoAJqwCjiWIGd4HKBd0BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAOofAAC2A+YXoCOeDGwaACasAo4lThfeB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6AjngxsGnQXrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA+aF7YD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPTCb//+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAA3APmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8MGLYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAMhg6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgBYGAAAtgPmF6AjngzYIQAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDfhigI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAPYRDBi2A+YXoCOeDGwaACasAo4liBmkK8QfdAQIEAAAAAA+HQAAAAAAAM4gAAAAAKQYsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjyhhsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hfEDJ4M8BgAJqwCjiW6Ht4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2AxYZoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwwYtgPmF6AjuBpsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAAA8GQAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA///7YD5hegI54MbBoAJqwCjiX0IN4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXAiqeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYATADUGbYD5hdWAZ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A/oZrCieDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwwYtgPmF6AjngwgGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA//8AALYDkhqgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iT///7/AAAmALwPAAC2A+IPoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOSGqAjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAvA8MGLYD5hegI7gabBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXxAyeDGwaACasAo4luh7eB8Qf3howJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D64GtgPmFwQbngxsGgAmrAKOJYgZ3gfEH3QEmgQAALAKPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI54MbBoAJqwCjiUqG94HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AABQG7wPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgB2G9QZtgPmF1YBngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAHIAvA8AALYD4g+gI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAA//8AAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwP3Cm2A+YXoCOeDGwaACasAo4l9CDeB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6AjngxsGgAmrAKOJegb3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAK4ZvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIQ4cAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPYBU0HOYXSB6eDLwiACasAo4lwhveB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D///3APmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXphyeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D8YjtgPmF6AjzBxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/yHLYD5hfEDJ4MbBoAJqwCjiW6Ht4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAv//iBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6Ajngy0JQAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA9kHbYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaih2sAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DyYmtgPmF7AdngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI54MbBoAJqwCjiXWHd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAPwdAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D9wptgPmF6AjngxsGgAmrAKOJfQg3gfEH3QEMCcAAAAAPh0AAAAAAADOIP//AAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDGwaACasAo4lbh7eB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAP//AAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiHgHgAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwYftgPmF0gengy8IgAmrAKOJcIb3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegIywfbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXxAyeDGwaACasAo4luh7eB8QfUh8wJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiGsFQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D3gftgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEmgQAALAKPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hf//54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAA1AYAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgDqHwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD4g+gI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAECCyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCM2IGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF1wgngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI54MgiAAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAD//xANoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwAA3APmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/cKbYD5hegI54MbBoAJqwCjiX0IN4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A7oxoCOeDGwaACasAo4liBneB8QfGiEwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D0AhtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEmgQAALAKPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hdmIZ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAA1AYAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwP//+2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAA7CO8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54M2CEAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A5IaoCP+IWwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwAAtgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAkIrIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiVKIt4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A3AioCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwwYtgPmF6AjngxsGgAmrAL//4gZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MtCUAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A5IaoCPiImwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwgjtgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAAAuIzoVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDFQjACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOSGqAj/iFsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAA///2JAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAA7CO8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYATACGKBIk5hdWAZ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmADgkAADcA+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPiD6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAABeJAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/cKbYD5hegI54MhCQAJqwCjiX0IN4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A5IaoCOqJGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8D///tgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAHCU+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF0IlngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA///7YD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AADsI7wPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6Ajngy0JQAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA//8AALYDkhqgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iT///7/AAAmALwPAAC2A+IPoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DyYmtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA9MJrYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAByJrwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgDmKoYotgPmF1YBngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAACYJrIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA++JrYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwP5Ca2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIP//AAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAFYnAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPiD3wnngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA+iJ7YD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AADsI7wPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAyCc6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngzYIQAmrAKOJe4n3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAK4ZvA8AALYD5hcUKJ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPxiO2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gOigAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAD//7IhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXrCieDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAA0ii8D8YjtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYATACGKPgo5hdWAZ4MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPHincA+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAJEKYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAaikAALYD5hegI54MtCUAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+IPoCOQKWwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF8QMngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAA//8AAAAA/v8AACYAvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXAiqeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DygqtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAOwjvA8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAE4qAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPZB22A+YXdCqeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D8YjtgPmF6AjngyaKgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDkhqgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAA//+yIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAcgC8DwAAtgMMK6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA9hEMGLYD5hegI54MbBoAJqwCjiWIGaQrxB90BDIrAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAFYnLhC2A+YXWCueDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D8YjtgPmF6Ajngz//wAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDkhqgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmALwPgBwECOYXoCOeDGwaACasAo4lyiveB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIPArAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8WLLYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneBzwsdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgDqHwAAtgPmF6AjngxsGgAmrAKOJWIs3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAK4ZvA8AALYD5hegI54MbBqILKwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPriy2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D0wm1CzmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AANwD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAA+iwAAAAAAAAELjoVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwP3Cm2A+YXoCOeDGwaACasAo4lIC3eB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgO6MaAjngxsGgAmrAKOJYgZ3gdGLRohMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA6h8AALYD5hegI54MbBoAJqwCjiWIGd4HbC10BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAOofAAC2A+YXoCOeDJItACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgO4LaAjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAvA8MGLYD5hegI7gabBr//6wCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPJia2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgAqLgAAtgPmF6AjngzYIQAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD4g+gI1AubBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXxAyeDGwaACasAo4luh7eB8Qfdi4wJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D64GtgPmF5wungxsGgAmrAKOJYgZ3gfEH3QEmgQAALAKPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/CLrYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AADsI7wPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAOgusiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAADi+8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYATACGKLYD5hdWAZ4MbBoAJqwCjiU0L94HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A1ovoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwwYtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAACAL7IhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA+mL7YD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAMwvsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6Aj8i9sGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYD5hcYMJ4MbBoAJqwCjiW6Ht4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPPjC2A+YXoCOeDOoMACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAA7CO8DwAAtgPmF6AjngxkMAAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDkhqgI54MbBoAJqwCjiWIGd4HijB0BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmAOofAAC2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAALAwAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8D9wptgPmF6AjngxsGgAmrAKOJdYw3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AAK4ZvA8AALYDujGgI54MbBoAJqwCjiWIGd4H/DAaITAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAOofAAC2A+YXoCOeDGwaACasAo4liBneByIxdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgDqHwAAtgPmF6AjngxIMQAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8AALYDbjGgI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAA9iQAAP7/AAAmALwPDBi2A+YXoCO4Gmwa//+sAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DyYmtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8MGLYD5hegI54MbBoAJqwCjiWIGeAxxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPBjIECOYXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmFywyngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/GI7YD5hegI8wcbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAUjKyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPeDK2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF6AjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAACeMgAAAACoM7IhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA/cKbYD5hegI54MbBoAJqwCjiXEMt4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AACuGbwPAAC2A7oxoCOeDGwaACasAo4liBneB+oyGiEwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgDqHwAAtgPmF6AjngxsGgAmrAKOJYgZ3gcQM3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA6h8AALYD5hegI54MNjMAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A1wzoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAPYkAAD+/wAAJgC8DwwYtgPmF6AjuBpsGv//rAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8mJrYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPAAC2A+YXoCPOM2waACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgPmF/QzngxsGgAmrAKOJboe3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYAvA8aNLYD5hegI54M6gwAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AADsI7wPAAC2A+YXoCOeDEA0ACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgOSGqAjngxsGgAmrAKOJYgZ3gdmNHQEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYA6h8AALYD5hegI54MbBoAJqwCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAjDQAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwP3Cm2A+YXoCOeDGwaACasAo4lsjTeB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAArhm8DwAAtgO6MaAjngxsGgAmrAKOJYgZ3gfYNBohMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAAAAAAA/v8AACYA6h8AALYD5hegI54MbBoAJqwCjiWIGd4H/jR0BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmAOofAAC2A+YXoCOeDCQ1ACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/wAAJgC8DwAAtgNKNaAjngxsGgAmrAKOJYgZ3gfEH3QEMCcAAAAAPh0AAAAAAADOIAAAAAAAALIhOhUAAJgTAAAAAAAAAAD2JAAA/v8AACYAvA8MGLYD5hegI7gabBr//6wCjiWIGd4HxB90BDAnAAAAAD4dAAAAAAAAziAAAAAAAACyIToVAACYEwAAAAAAAAAAAAAAAP7/AAAmALwPJia2A+YXoCOeDGwaACasAo4liBneB8QfdAQwJwAAAAA+HQAAAAAAAM4gAAAAAAAAsiE6FQAAmBMAAAAAAAAAAAAAAAD+/w==", "bits": 16 };

;// CONCATENATED MODULE: ./src/scanners/common/prefilter.ts

/**
 * Pieces of the exact pre-filters (`Scanner.mayHold`) of the Python and JavaScript scanners: cheap tests on a
 * file's text that are true whenever the full analysis could find something in it. They over-approximate what
 * the lexers see: every test looks at more text than the lexer would (strings, comments and code alike), and
 * escapes inside strings are undone generously, so that a value or a name hidden behind `\x`-style escapes is
 * still seen.
 */
/**
 * The text lower-cased, with every backslash (and a line break right after one) removed: a name that a string
 * literal holds once its escapes are undone (`"bed\rock"`, a line continuation) is a substring of this view.
 */
function prefilterView(text) {
    const lower = text.toLowerCase();
    return lower.includes('\\') ? lower.replace(/\\(?:\r\n|\r|\n)?/g, '') : lower;
}
/**
 * The value a string literal's raw content may take, escapes undone as the lexers do (`\n` and `\t` become white
 * space, any other `\X` is X); a line continuation is dropped (Python) or kept as a line break (JavaScript).
 */
function prefilter_unescape(raw, continuation) {
    if (!raw.includes('\\'))
        return raw;
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (ch !== '\\') {
            out += ch;
            continue;
        }
        const next = raw[i + 1];
        i++;
        if (next === undefined)
            break;
        if (next === '\n')
            out += continuation === 'drop' ? '' : '\n';
        else
            out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
    }
    return out;
}
/** Whether a string value could be read as a Hub model in any Hub reading: a Hub id's shape, or one the catalog knows. */
function mayBeHubValue(raw, continuation, ctx) {
    const v = prefilter_unescape(raw, continuation).trim();
    if (!v || v.length > 300 || /\s/.test(v))
        return false;
    return tokenMayBeHub(v, ctx);
}
/** `mayBeHubValue` of a value already unescaped and trimmed, non-empty, without white space, at most 300 long. */
function tokenMayBeHub(v, ctx) {
    // prefixed and URL forms (hf-hub:, hf://, huggingface.co/, hf.co/, ollama/, huggingface/) hold a slash
    if (v.includes('/'))
        return isHubIdShape(v) || /^hf[-_]hub:|^hf:|huggingface|hf\.co|^ollama/i.test(v) || known(ctx, v);
    return startsWithHfHub(v) || known(ctx, v);
}
/** `/^hf[-_]hub:/i.test(v)`, without a regular expression (asked of most string literals of a file). */
function startsWithHfHub(v) {
    if (v.length < 7 || (v.charCodeAt(0) | 32) !== 104 || (v.charCodeAt(1) | 32) !== 102)
        return false;
    const sep = v.charCodeAt(2);
    return ((sep === 45 || sep === 95) &&
        (v.charCodeAt(3) | 32) === 104 &&
        (v.charCodeAt(4) | 32) === 117 &&
        (v.charCodeAt(5) | 32) === 98 &&
        v.charCodeAt(6) === 58);
}
/** Catalog answers per context: the same short strings (`id`, `name`, `utf-8`) come back in every file. */
const KNOWN_CACHE = new WeakMap();
/** The cache of the context asked last (a run asks with one context): no WeakMap look-up per string. */
let lastCtx;
let lastCache;
function known(ctx, v) {
    let cache = ctx === lastCtx ? lastCache : KNOWN_CACHE.get(ctx);
    if (!cache)
        KNOWN_CACHE.set(ctx, (cache = new Map()));
    lastCtx = ctx;
    lastCache = cache;
    let hit = cache.get(v);
    if (hit === undefined) {
        hit = safeKnown(ctx, v);
        if (cache.size >= 50_000)
            cache.clear();
        // a copy: a slice of 13 characters or more refers to its whole file, which the cache would keep alive
        cache.set(v.length < 13 ? v : JSON.parse(JSON.stringify(v)), hit);
    }
    return hit;
}
/** ASCII white space (what `trim` and `\s` take below U+0080). */
const prefilter_isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
/**
 * `mayBeHubValue(text.slice(a, b))` without making the slice, for the common case: ASCII text without
 * backslashes, where nothing is unescaped. The value is then the run of non-space characters, alone between
 * spaces; a space between two such characters stays in the value, which no Hub reading accepts. Anything else
 * (a backslash, which unescaping may turn into or out of a space; a character past U+007F, which may be Unicode
 * white space that `trim` removes) takes the general path.
 */
function segmentMayBeHub(text, a, b, continuation, ctx) {
    let i = a;
    while (i < b && prefilter_isSpace(text.charCodeAt(i)))
        i++;
    const s = i;
    for (; i < b; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 || c >= 128)
            return mayBeHubValue(text.slice(a, b), continuation, ctx);
        if (prefilter_isSpace(c))
            break;
    }
    const e = i;
    for (; i < b; i++) {
        const c = text.charCodeAt(i);
        if (prefilter_isSpace(c))
            continue;
        // an ordinary character after the space: the space is inside the value
        return c === 92 || c >= 128 ? mayBeHubValue(text.slice(a, b), continuation, ctx) : false;
    }
    if (e === s || e - s > 300)
        return false;
    return tokenMayBeHub(text.slice(s, e), ctx);
}
/**
 * Whether some string literal of the text could hold a value that a Hub reading accepts (`classifyModel` in the
 * `hub` and `st`-free readings, `knownHubString`): an id of a Hub id's shape, or one the catalog knows. Every
 * literal's content is the text between two consecutive quote characters (any kind), or, for a literal left open
 * at the end of a line, between the last quote of the line and the line break; both are checked, so comments
 * and mismatched quotes only add candidates. Linear: each quote starts at most two candidates, each ending at
 * the next quote or line break, and each is read up to its first space run.
 */
function mayHoldHubString(text, continuation, ctx) {
    let prev = -1;
    // the next quote of each kind, and the next line break (indexOf is much faster than a loop over characters)
    let dq = text.indexOf('"');
    let sq = text.indexOf("'");
    let bq = text.indexOf('`');
    let nl = text.indexOf('\n');
    for (;;) {
        let at = text.length;
        if (dq !== -1 && dq < at)
            at = dq;
        if (sq !== -1 && sq < at)
            at = sq;
        if (bq !== -1 && bq < at)
            at = bq;
        if (at === dq)
            dq = text.indexOf('"', at + 1);
        else if (at === sq)
            sq = text.indexOf("'", at + 1);
        else if (at === bq)
            bq = text.indexOf('`', at + 1);
        if (prev !== -1) {
            const a = prev + 1;
            if (segmentMayBeHub(text, a, at, continuation, ctx))
                return true;
            if (nl !== -1 && nl < a)
                nl = text.indexOf('\n', a);
            if (nl !== -1 && nl < at) {
                // a literal left open: up to the line break, unless a backslash continues it (then: maybe)
                const before = nl - 1 >= a ? text.charCodeAt(nl - 1) : -1;
                if (before === 92 || (before === 13 && nl - 2 >= a && text.charCodeAt(nl - 2) === 92))
                    return true;
                if (segmentMayBeHub(text, a, nl, continuation, ctx))
                    return true;
            }
        }
        if (at === text.length)
            return false;
        prev = at;
    }
}
/**
 * Substrings that any text matching `re` holds, one per alternative: each alternative's literal start, up to its
 * first special character (and without a character a quantifier makes optional). For the simple module
 * patterns of the hosted tables (`/^openai$/`, `/llama_index\.llms\.openai\b/`, `/google\.generativeai|vertexai/`).
 */
function literalNeedles(re) {
    const out = [];
    for (const alt of re.source.split('|')) {
        let lit = '';
        for (let i = alt[0] === '^' ? 1 : 0; i < alt.length; i++) {
            let ch = alt[i];
            let step = 0;
            if (ch === '\\') {
                const next = alt[i + 1];
                if (next === undefined || /[A-Za-z0-9]/.test(next))
                    break; // \b, \w, \d: not a literal
                ch = next;
                step = 1;
            }
            else if ('.*+?()[]{}^$'.includes(ch))
                break;
            const after = alt[i + step + 1];
            if (after === '?' || after === '*' || after === '{')
                break;
            lit += ch;
            i += step;
        }
        if (!lit)
            throw new Error(`no literal in ${re.source}`);
        out.push(lit);
    }
    return out;
}
/** The needles of a table of names, some of them bound to a module: the module's literal, else the name. */
function tableNeedles(table) {
    return Object.entries(table).flatMap(([name, e]) => (e.module ? literalNeedles(e.module) : [name]));
}

;// CONCATENATED MODULE: ./src/scanners/javascript/prefilter.ts




/** `repo:` options matter only in files importing @huggingface/hub, which '@huggingface' covers. */
const JS_TRIGGERS = [
    'odel',
    'ODEL',
    'pipeline',
    'pretrained',
    '@huggingface',
    '@xenova',
    'llama',
    'hf-hub:',
    'hf_hub:',
    'hf://',
    'heckpoint',
    // command lines the code runs (src/scanners/common/commands.ts): `execSync("vllm serve org/x")`
    'vllm serve',
    'hf download',
    'huggingface-cli',
];
/**
 * Names (compared in lower case) of everything the JavaScript analysis reads in a way other than "a Hub id reaches an option
 * or a constant named like a model": transformers.js and the Hugging Face clients, Ollama, hosted SDKs and their
 * classes, Vercel AI SDK providers (`@ai-sdk/x`, `createX`), LangChain's `initChatModel`. A file holding none of
 * them can only give Hub readings of its own string literals (see `jsMayHold`).
 */
const JS_SPECIFIC = [
    ...JS_TRIGGERS.filter((t) => !/odel/i.test(t)),
    // what the analysis reads besides
    'huggingface',
    'hf.co',
    'transformers',
    'hfinference',
    'inferenceclient',
    'initchatmodel',
    'ollama',
    '11434',
    '@ai-sdk',
    'getgenerativemodel',
    'newinstance',
    'openai',
    'anthropic',
    'google',
    'vertex',
    'bedrock',
    'groq',
    'together',
    'mistral',
    'cohere',
    'watsonx',
    'gateway', // @ai-sdk/gateway: gateway('provider/model')
    ...Object.keys(JS_SDK_PROVIDERS),
    ...Object.keys(AI_SDK_PROVIDERS),
    ...Object.keys(JS_HOSTED_CLASSES),
];
/** JS_SPECIFIC as one search of the text's `prefilterView`, made without the copy. */
let specific; // built on first use: a repository may hold no such file
/**
 * The JavaScript scanner's exact pre-filter (see `Scanner.mayHold`): false only when `scan` finds no reference
 * and no fact. Without a specific name, every reading the analysis makes is a Hub reading of a string literal of
 * the file (options and constants named like models, `repo:` needs `@huggingface/hub`), so the file can only
 * hold something when one of its literals has a Hub id's shape or is known to the catalog.
 */
function jsMayHold(text, _path, ctx) {
    if ((specific ??= needleSearch(JS_SPECIFIC, { view: true }, JS_SPECIFIC_SEARCH)).test(text))
        return true;
    return mayHoldHubString(text, 'newline', ctx);
}

;// CONCATENATED MODULE: ./src/scanners/javascript/index.ts




/**
 * The `<script>` blocks of an HTML page (or a Vue/Svelte component), everything else blanked to spaces with
 * line breaks kept, so that offsets stay offsets of the file. Linear: each search starts where the last ended.
 */
function scriptsOnly(text) {
    const lower = text.toLowerCase();
    const parts = [];
    let pos = 0;
    let kept = 0;
    const blank = (s) => s.replace(/[^\n]/g, ' ');
    for (;;) {
        const open = lower.indexOf('<script', pos);
        if (open === -1)
            break;
        const gt = lower.indexOf('>', open);
        if (gt === -1)
            break;
        const close = lower.indexOf('</script', gt + 1);
        const end = close === -1 ? text.length : close;
        parts.push(blank(text.slice(kept, gt + 1)), text.slice(gt + 1, end));
        kept = end;
        if (close === -1)
            break;
        pos = close + 8;
    }
    parts.push(blank(text.slice(kept)));
    return parts.join('');
}
const MARKUP_RE = /\.(?:html?|vue|svelte)$/i;
const javascript = defineScanner({
    name: 'javascript',
    description: 'JavaScript and TypeScript (and the scripts of HTML pages): transformers.js pipeline()/from_pretrained (npm or CDN imports), @huggingface/inference and @huggingface/hub `model:`/`repo:` options, Ollama clients, LangChain.js, Vercel AI SDK providers and gateway, hosted SDKs (OpenAI, Anthropic, Bedrock, Gemini, watsonx).',
    fileMatch: [
        '**/*.js',
        '**/*.mjs',
        '**/*.cjs',
        '**/*.jsx',
        '**/*.ts',
        '**/*.mts',
        '**/*.cts',
        '**/*.tsx',
        '**/*.vue',
        '**/*.svelte',
        '**/*.html',
        '**/*.htm',
    ],
    triggers: JS_TRIGGERS,
    mayHold: jsMayHold,
    skip: (path) => /\.d\.[mc]?ts$|\.min\.[mc]?js$/i.test(path),
    analyze(content, path, ctx, budget) {
        const code = MARKUP_RE.test(path) ? scriptsOnly(content) : content;
        budget.tick(code.length);
        const { raw, uses } = analyzeJs(code, ctx, budget);
        return outputOf(content, path, 'javascript', raw, { uses });
    },
});

;// CONCATENATED MODULE: ./src/scanners/python/prefilter.ts




/** Substrings without which a Python file or notebook cannot hold a reference this scanner finds. */
const PYTHON_TRIGGERS = [
    'odel', // model, Model, from_pretrained(model_id=...), model=
    'ODEL', // MODEL_ID
    'pretrained',
    'pipeline',
    '_download',
    'LLM',
    'llama', // Ollama, ChatOllama, ollama.chat
    'Encoder', // CrossEncoder, SparseEncoder
    'Transformer', // SentenceTransformer
    'HuggingFace',
    'InferenceClient',
    'hub.load',
    'hf_hub',
    'hf-hub:',
    'hf://',
    'repo_id',
    'REPO_ID',
    'heckpoint',
    'HECKPOINT',
    'mlx_lm',
    'single_file',
    'load_lora',
    'load_ip_adapter',
    'textual_inversion',
    'replicate', // replicate.run("owner/model:version")
    'ultralytics', // from ultralytics import YOLO; detector = YOLO("yolov8n.pt")
    // openai/CLIP: `import clip [as c]` or `from clip import load`, then `load("ViT-B/32")`
    'import clip',
    'clip import',
    // shell lines of notebooks (!huggingface-cli download, !vllm serve, !llama-cli -hf)
    'download',
    'vllm',
    '-hf',
];
/**
 * Names (compared in lower case) of everything the Python analysis reads in a way other than "a Hub id reaches a parameter
 * named like a model": loaders and clients (each rule and hosted class), SDK modules, environment reads
 * (`getenv`, `environ`), speech tools, Ollama, argparse, torch.hub, LangChain's `init_chat_model`, MLX. A file
 * holding none of them can only give Hub readings (weak or strong) of its own string literals, and attribute
 * reads passed to parameters named like models (see `pythonMayHold`).
 */
const PYTHON_SPECIFIC = [
    ...PYTHON_TRIGGERS.filter((t) => !/odel/i.test(t)),
    'hub', // torch.hub.load (a chain of tokens: `hub . load` too), hf_hub_*, hub.load
    'hf.co',
    'repoid',
    'ckpt',
    // rules and value sources not named by a trigger
    'list_repo_files',
    'engineargs',
    'from_model_id',
    'model_info',
    'init_chat_model',
    'getenv',
    'environ',
    'add_argument',
    'whisper',
    'tts.api', // Coqui TTS (`from TTS.api import TTS`)
    'ollama',
    '11434',
    'genai',
    'google',
    'vertexai',
    'aiplatform',
    'boto',
    'bedrock',
    'litellm',
    'openai',
    'generativeai',
    'ibm_watson',
    // a class other libraries name too (`OpenAI`, `Model`) counts only imported from its module: the module's name
    ...tableNeedles(PY_CLIENTS),
    ...tableNeedles(PY_HOSTED_CLASSES),
    ...Object.keys(PY_SDK_PROVIDERS),
];
/** PYTHON_SPECIFIC as one search of the text's `prefilterView`, made without the copy. */
let prefilter_specific; // built on first use: a repository may hold no such file
/** A pydantic settings class (`class Settings(BaseSettings)`): its fields are read from the environment. */
const SETTINGS = 'Settings';
/** Loaders named for a model (`load_model`, `get_model`, `build_embedding_model`): the analysis's LOADER_NAME_RE. */
const prefilter_LOADER_NAME_RE = /^(?:load|get|build|create|init|setup|download)_(?:\w+_)?(?:model|pretrained|checkpoint|llm|pipeline)$/;
const isWordChar = (c) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
/**
 * Whether "model" (in the lower-cased view) is ever used where the analysis could read an attribute of another
 * module's object (a field use): a keyword argument named like a model (`f(model=cfg.name)`, across lines and
 * comments), a dict key naming a model (`{"model": cfg.name}`), or a loader named for a model (`load_model(x)`).
 * Statement-level assignments (`model = X`, `self.model = X`) give Hub readings of strings only, which
 * `mayHoldHubString` covers. Linear: each identifier holding "model" is looked at once, each quote run once.
 */
function modelContext(view) {
    let from = 0;
    for (;;) {
        const at = view.indexOf('model', from);
        if (at === -1)
            return false;
        let s = at;
        while (s > 0 && isWordChar(view.charCodeAt(s - 1)))
            s--;
        let e = at + 5;
        while (e < view.length && isWordChar(view.charCodeAt(e)))
            e++;
        if ((LOADER_FIRST.has(view.charCodeAt(s)) && prefilter_LOADER_NAME_RE.test(view.slice(s, e))) || keywordArgument(view, s, e))
            return true;
        // a dict key: "...model...": (the key's text up to its closing quote, then a colon)
        let q = e;
        const next = view.indexOf('model', e);
        const limit = next === -1 ? view.length : next;
        let c = 0;
        while (q < limit && (c = view.charCodeAt(q)) !== 34 && c !== 39 && c !== 10)
            q++;
        if (q < limit && c !== 10) {
            let k = q;
            while (k < view.length && ((c = view.charCodeAt(k)) === 34 || c === 39))
                k++;
            while (k < view.length && ((c = view.charCodeAt(k)) === 32 || c === 9 || c === 13 || c === 10))
                k++;
            if (k < view.length && (c === 58 || c === 35))
                return true; // `:` or `#`
        }
        from = Math.max(e, at + 1);
    }
}
/** First letters of the names LOADER_NAME_RE takes (load, get, build, create, init, setup, download). */
const LOADER_FIRST = new Set([...'lgbcisd'].map((ch) => ch.charCodeAt(0)));
/** Whether the identifier [s, e) of the view, followed by `=` (not `==`), may be a keyword argument of a call. */
function keywordArgument(view, s, e) {
    let j = e;
    let c = view.charCodeAt(j);
    while (c === 32 || c === 9)
        c = view.charCodeAt(++j);
    if (c !== 61 || view.charCodeAt(j + 1) === 61)
        return false; // `=`, not `==`
    let p = s - 1;
    let crossed = false;
    while (p >= 0 && ((c = view.charCodeAt(p)) === 32 || c === 9 || c === 13 || c === 10)) {
        if (c === 10)
            crossed = true;
        p--;
    }
    if (p < 0)
        return false;
    if (c === 46)
        return false; // self.model = ...: an attribute, never a keyword
    if (c === 40 || c === 44)
        return true; // `(` or `,`
    if (!crossed)
        return c !== 59; // `;`
    // after a line break: a keyword only follows `(` or `,`, with perhaps a comment between
    const lineStart = view.lastIndexOf('\n', p) + 1;
    return view.slice(lineStart, p + 1).includes('#');
}
/**
 * The Python scanner's exact pre-filter (see `Scanner.mayHold`): false only when `scan` finds no reference and
 * no fact but class field defaults. Notebooks (JSON, whose strings are escaped once more) are always read.
 */
function pythonMayHold(text, path, ctx) {
    if (/\.ipynb$/i.test(path))
        return true;
    if ((prefilter_specific ??= needleSearch(PYTHON_SPECIFIC, { view: true }, PYTHON_SPECIFIC_SEARCH)).test(text) ||
        text.includes(SETTINGS))
        return true;
    return mayHoldHubString(text, 'drop', ctx) || modelContext(prefilterView(text));
}

;// CONCATENATED MODULE: ./src/scanners/markdown/blocks.ts
const FAMILIES = {
    '': 'shell',
    bash: 'shell',
    sh: 'shell',
    shell: 'shell',
    zsh: 'shell',
    fish: 'shell',
    ksh: 'shell',
    console: 'shell',
    terminal: 'shell',
    'shell-session': 'shell',
    shellsession: 'shell',
    'sh-session': 'shell',
    cmd: 'shell',
    bat: 'shell',
    batch: 'shell',
    powershell: 'shell',
    pwsh: 'shell',
    ps1: 'shell',
    dockerfile: 'shell',
    docker: 'shell',
    containerfile: 'shell',
    makefile: 'shell',
    make: 'shell',
    env: 'shell',
    dotenv: 'shell',
    python: 'python',
    python3: 'python',
    py: 'python',
    py3: 'python',
    ipython: 'python',
    ipython3: 'python',
    pycon: 'python',
    javascript: 'javascript',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'javascript',
    typescript: 'javascript',
    ts: 'javascript',
    tsx: 'javascript',
    node: 'javascript',
    yaml: 'yaml',
    yml: 'yaml',
};
/** The family of a code block's language (its info string's first word), or undefined when it is not read. */
function blockFamily(info) {
    let lang = info.trim().toLowerCase();
    const sp = lang.search(/[\s,{}]/);
    if (sp === 0) {
        // ```{bash} (R Markdown, Quarto), ``` {.python}
        const m = /^\{\s*\.?([\w+-]*)/.exec(lang);
        lang = m ? m[1] : '';
    }
    else if (sp > 0)
        lang = lang.slice(0, sp);
    lang = lang.replace(/^\./, '');
    return Object.hasOwn(FAMILIES, lang) ? FAMILIES[lang] : undefined;
}
/**
 * The code blocks of a Markdown or reStructuredText document, as texts of the same length as the document
 * (one per family of languages): the code of each block of that family kept where it is written, everything
 * else blanked (new lines kept). Offsets into them are offsets into the document. Prompts (`$ `, `>>> `) are
 * blanked, and so are the output lines of a console session.
 *
 * Markdown: fenced blocks (```` ``` ```` and `~~~`, at any indentation, unclosed ones running to the end).
 * reStructuredText: `.. code-block:: LANG`, `.. code:: LANG`, `.. sourcecode:: LANG`, `.. prompt:: LANG` and
 * `::` literal blocks (read as shell). Indented Markdown code blocks are not read (they cannot be told from
 * list continuations). Linear: each line is looked at a bounded number of times.
 */
function codeBlocks(text, rst, budget) {
    const lines = text.split('\n');
    /** family of each line's block, or undefined; `prompt[k]`: characters of line k to blank. */
    const fam = new Array(lines.length);
    const blank = new Int32Array(lines.length);
    const drop = new Uint8Array(lines.length);
    if (rst)
        rstBlocks(lines, fam, budget);
    else
        fencedBlocks(lines, fam, blank, budget);
    promptsAndOutput(lines, fam, blank, drop, budget);
    const out = new Map();
    const families = new Set(fam.filter((f) => f !== undefined));
    for (const f of families) {
        const parts = new Array(lines.length);
        for (let k = 0; k < lines.length; k++) {
            budget?.tick();
            const line = lines[k];
            if (fam[k] !== f || drop[k])
                parts[k] = blankOf(line);
            else
                parts[k] = blank[k] ? ' '.repeat(blank[k]) + line.slice(blank[k]) : line;
        }
        out.set(f, parts.join('\n'));
    }
    return out;
}
/** A line of the same length made of spaces (a carriage return kept). */
function blankOf(line) {
    if (!line)
        return line;
    return line.endsWith('\r') ? ' '.repeat(line.length - 1) + '\r' : ' '.repeat(line.length);
}
function indentOf(line) {
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return i;
}
/** Markdown fences: the content lines of each block get its family; the fences' indentation is blanked. */
function fencedBlocks(lines, fam, blank, budget) {
    let open;
    for (let k = 0; k < lines.length; k++) {
        budget?.tick();
        const line = lines[k];
        const ind = indentOf(line);
        const c = line[ind];
        if (c === '`' || c === '~') {
            let n = ind;
            while (line[n] === c)
                n++;
            const len = n - ind;
            if (len >= 3) {
                const rest = line.slice(n);
                if (open && c === open.ch && len >= open.len && rest.trim() === '') {
                    open = undefined;
                    continue;
                }
                if (!open && !(c === '`' && rest.includes('`'))) {
                    open = { ch: c, len, indent: ind, family: blockFamily(rest) };
                    continue;
                }
            }
        }
        if (!open || !open.family)
            continue;
        fam[k] = open.family;
        // the fence's indentation is not part of the code (a block inside a list item)
        blank[k] = Math.min(ind, open.indent);
    }
}
const RST_DIRECTIVE_RE = /^(\s*)\.\.[ \t]+(?:code-block|code|sourcecode|prompt)::[ \t]*(\S*)/;
/** reStructuredText code directives and `::` literal blocks: the indented lines that follow. */
function rstBlocks(lines, fam, budget) {
    for (let k = 0; k < lines.length; k++) {
        budget?.tick();
        const line = lines[k];
        let family;
        let base;
        const d = RST_DIRECTIVE_RE.exec(line);
        if (d) {
            family = blockFamily(d[2]);
            base = d[1].length;
        }
        else if (/::[ \t]*\r?$/.test(line) && !/^\s*\.\./.test(line)) {
            family = 'shell';
            base = indentOf(line);
        }
        else
            continue;
        // the block: the lines after, indented deeper than the directive (blank lines inside), options skipped
        let j = k + 1;
        while (j < lines.length && /^\s+:[\w-]+:/.test(lines[j]) && indentOf(lines[j]) > base)
            j++;
        let end = j;
        for (; end < lines.length; end++) {
            budget?.tick();
            const l = lines[end];
            if (l.trim() === '')
                continue;
            if (indentOf(l) <= base)
                break;
        }
        if (family)
            for (let m = j; m < end; m++)
                if (lines[m].trim() !== '')
                    fam[m] = family;
        k = end - 1;
    }
}
/** Shell prompts (`$ `, `% `, `PS> `, `❯ `) and Python prompts (`>>> `, `... `); console output lines dropped. */
const SHELL_PROMPT_RE = /^(\s*)(?:\$|%|PS>|PS [^>\n]*>|❯|➜)[ \t]/;
const PY_PROMPT_RE = /^(\s*)(?:>>>|\.\.\.)(?:[ \t]|$)/;
function promptsAndOutput(lines, fam, blank, drop, budget) {
    let k = 0;
    while (k < lines.length) {
        const f = fam[k];
        if (f !== 'shell' && f !== 'python') {
            k++;
            continue;
        }
        // one block: consecutive lines of the family (rst blank lines inside have no family: they are blank anyway)
        let end = k;
        while (end < lines.length &&
            (fam[end] === f || (fam[end] === undefined && lines[end].trim() === '' && fam[end + 1] === f)))
            end++;
        const re = f === 'shell' ? SHELL_PROMPT_RE : PY_PROMPT_RE;
        let prompted = false;
        for (let m = k; m < end && !prompted; m++) {
            budget?.tick();
            if (re.test(lines[m]))
                prompted = true;
        }
        if (prompted) {
            // a session: prompt lines are commands (continued by a trailing backslash, or by `... ` in Python); the
            // other lines are what the commands printed
            let continued = false;
            for (let m = k; m < end; m++) {
                budget?.tick();
                const line = lines[m];
                const p = re.exec(line);
                if (p) {
                    blank[m] = Math.max(blank[m], p[0].length);
                    continued = f === 'shell' && /\\\r?$/.test(line);
                }
                else if (continued) {
                    continued = /\\\r?$/.test(line);
                }
                else if (fam[m] !== undefined)
                    drop[m] = 1;
            }
        }
        k = end;
    }
}

;// CONCATENATED MODULE: ./src/scanners/markdown/index.ts









/** Substrings without which a document's code blocks cannot hold a reference this scanner finds. */
const MARKDOWN_TRIGGERS = ['```', '~~~', '::'];
/**
 * The code blocks of documentation: Markdown (`*.md`, `*.mdx`, `*.markdown`) and reStructuredText (`*.rst`).
 * Each block is read by the analyzer of its language (shell, Python, JavaScript/TypeScript, YAML), where it is
 * written; the prose is not read (addresses in it are the `url` scanner's). What documentation names is a
 * mention by its path: the engine lists it, never evaluates it. Environment variables set in a document feed
 * nothing.
 */
const markdown = defineScanner({
    name: 'markdown',
    description: 'Code blocks of Markdown and reStructuredText documents, read by their language: `ollama pull/run`, `vllm serve`, `--model`/`--model-id`, `huggingface-cli`/`hf download` in shell blocks, loaders in Python and JavaScript blocks, models in YAML blocks. Listed as mentions.',
    fileMatch: ['**/*.md', '**/*.mdx', '**/*.markdown', '**/*.rst'],
    triggers: MARKDOWN_TRIGGERS,
    analyze(content, path, ctx, budget) {
        return outputOf(content, path, 'markdown', documentReferences(content, path, ctx, budget));
    },
});
/**
 * The references of a document's code blocks. The Python and JavaScript blocks of a family are lexed only when
 * that language's exact pre-filter (`pythonMayHold`, `jsMayHold`) says they may hold one: a document's
 * references are its blocks' own (no fact joins files), so a "no" of the pre-filter is never a reference lost.
 * `prefilter: false` lexes every block (for the tests that check exactly that).
 */
function documentReferences(content, path, ctx, budget, prefilter = true) {
    const blocks = codeBlocks(content, /\.rst$/i.test(path), budget);
    const raw = [];
    for (const [family, text] of blocks) {
        if (family === 'shell')
            raw.push(...analyzeShell(text, ctx, budget).raw);
        else if (family === 'python') {
            if (!prefilter || pythonMayHold(text, path, ctx))
                raw.push(...analyzePython(text, ctx, budget).raw);
        }
        else if (family === 'javascript') {
            if (!prefilter || jsMayHold(text, path, ctx))
                raw.push(...analyzeJs(text, ctx, budget).raw);
        }
        else {
            raw.push(...analyzeYaml(text, ctx, budget).raw);
            raw.push(...analyzeConfigYaml(text, ctx, budget));
        }
    }
    return raw;
}

;// CONCATENATED MODULE: ./src/scanners/modelfile/index.ts



const WEIGHT_FILE_RE = /\.(?:gguf|ggml|bin|safetensors)$/i;
/**
 * Classifies the argument of FROM/ADAPTER: `hf.co/org/repo:Q4_K_M` → Hub `org/repo`; a path (`./x.gguf`,
 * `/models/x`, `models/x.gguf`, `outputs/merged`, `C:\w`) → local-file; anything else (FROM only) →
 * `ollama:name[:tag]`.
 */
function classifyModelfileArg(value, instruction) {
    const v = value.trim();
    if (!v)
        return undefined;
    if (/^(?:https?:\/\/)?(?:www\.)?(?:hf\.co|huggingface\.co)\//i.test(v)) {
        const id = hubIdFromHostPath(v);
        return id ? { id, kind: 'hub' } : undefined;
    }
    if (/^(?:\.{1,2}[\\/]|[\\/~]|[A-Za-z]:[\\/]|\.{1,2}$)/.test(v) || WEIGHT_FILE_RE.test(v) || v.includes('\\')) {
        return { id: v, kind: 'local-file' };
    }
    if (instruction === 'ADAPTER')
        return { id: v, kind: 'local-file' };
    const cl = classifyOllama(v);
    if (cl)
        return { id: cl.id, kind: cl.kind };
    // a relative directory of the repository (`outputs/merged`, `models/llama-ft`): local weights
    if (isPathLike(v) || /^[\w.-]+(?:\/[\w.-]+){2,}$/.test(v))
        return { id: v, kind: 'local-file' };
    return undefined;
}
/** One instruction line: `FROM x`, `ADAPTER "x"` (the argument, and where it starts in the line). */
function instruction(line) {
    let i = 0;
    while (line[i] === ' ' || line[i] === '\t')
        i++;
    const word = line.slice(i, i + 7).toUpperCase();
    const name = word.startsWith('FROM') ? 'FROM' : word.startsWith('ADAPTER') ? 'ADAPTER' : undefined;
    if (!name)
        return undefined;
    i += name.length;
    if (line[i] !== ' ' && line[i] !== '\t')
        return undefined;
    while (line[i] === ' ' || line[i] === '\t')
        i++;
    const q = line[i];
    if (q === '"' || q === "'") {
        const close = line.indexOf(q, i + 1);
        if (close === -1)
            return undefined;
        return { name, arg: line.slice(i + 1, close), at: i + 1 };
    }
    let j = i;
    while (j < line.length && line[j] !== ' ' && line[j] !== '\t' && line[j] !== '#' && line[j] !== '\r')
        j++;
    return j > i ? { name, arg: line.slice(i, j), at: i } : undefined;
}
const modelfile = defineScanner({
    name: 'modelfile',
    description: 'Ollama Modelfiles: FROM name:tag (ollama:name:tag), FROM hf.co/org/repo:quant (Hub org/repo), FROM/ADAPTER of local weight files and directories (local-file).',
    fileMatch: ['**/Modelfile', '**/Modelfile.*', '**/*.Modelfile', '**/*.modelfile', '**/modelfile'],
    analyze(content, path, _ctx, budget) {
        const raw = [];
        let pos = 0;
        let inText = false;
        while (pos <= content.length) {
            budget.tick();
            const nl = content.indexOf('\n', pos);
            const end = nl === -1 ? content.length : nl;
            const line = content.slice(pos, end);
            const start = pos;
            pos = end + 1;
            // TEMPLATE/SYSTEM/MESSAGE texts in triple quotes are not instructions
            const wasText = inText;
            let count = 0;
            for (let k = line.indexOf('"""'); k !== -1; k = line.indexOf('"""', k + 3))
                count++;
            if (count % 2 === 1)
                inText = !inText;
            if (!wasText) {
                const ins = instruction(line);
                if (ins && (count === 0 || line.indexOf('"""') > ins.at)) {
                    const cl = classifyModelfileArg(ins.arg, ins.name);
                    if (cl)
                        raw.push({ id: cl.id, kind: cl.kind, offset: start + ins.at });
                }
            }
            if (nl === -1)
                break;
        }
        return outputOf(content, path, 'modelfile', raw);
    },
});

;// CONCATENATED MODULE: ./src/scanners/common/json-pos.ts

/** Containers nested deeper than this make the text "not JSON" here (no recursion runs out of stack). */
const MAX_NESTING = 256;
/** Parses JSON keeping string positions; undefined when the text is not JSON. Linear in the text. */
function parseJsonWithPositions(text, budget) {
    const p = new Parser(text, budget);
    try {
        p.ws();
        const v = p.value();
        p.ws();
        return p.i === text.length ? v : undefined;
    }
    catch (e) {
        if (e instanceof ScanLimitError)
            throw e;
        return undefined;
    }
}
class Parser {
    s;
    budget;
    i = 0;
    depth = 0;
    constructor(s, budget) {
        this.s = s;
        this.budget = budget;
    }
    ws() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                this.i++;
            else
                break;
        }
    }
    value() {
        this.budget?.tick();
        const c = this.s[this.i];
        if (c === '{' || c === '[') {
            if (++this.depth > MAX_NESTING)
                throw new Error('json');
            const v = c === '{' ? this.object() : this.array();
            this.depth--;
            return v;
        }
        if (c === '"')
            return this.string();
        const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.s.slice(this.i, this.i + 64));
        if (!m)
            throw new Error('json');
        this.i += m[0].length;
        return { type: 'other' };
    }
    object() {
        this.i++;
        const entries = [];
        this.ws();
        if (this.s[this.i] === '}') {
            this.i++;
            return { type: 'object', entries };
        }
        for (;;) {
            this.ws();
            const key = this.string();
            this.ws();
            if (this.s[this.i] !== ':')
                throw new Error('json');
            this.i++;
            this.ws();
            entries.push({ key: key.value, value: this.value() });
            this.ws();
            const c = this.s[this.i++];
            if (c === '}')
                return { type: 'object', entries };
            if (c !== ',')
                throw new Error('json');
        }
    }
    array() {
        this.i++;
        const items = [];
        this.ws();
        if (this.s[this.i] === ']') {
            this.i++;
            return { type: 'array', items };
        }
        for (;;) {
            this.ws();
            items.push(this.value());
            this.ws();
            const c = this.s[this.i++];
            if (c === ']')
                return { type: 'array', items };
            if (c !== ',')
                throw new Error('json');
        }
    }
    string() {
        const s = this.s;
        if (s[this.i] !== '"')
            throw new Error('json');
        const start = this.i + 1;
        let j = start;
        for (;;) {
            const q = s.indexOf('"', j);
            if (q === -1)
                throw new Error('json');
            let bs = 0;
            for (let k = q - 1; k >= start && s[k] === '\\'; k--)
                bs++;
            if (bs % 2 === 0) {
                j = q;
                break;
            }
            j = q + 1;
        }
        const raw = s.slice(start, j);
        this.i = j + 1;
        const value = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
        return { type: 'string', value, start, end: j };
    }
}
/**
 * Offsets in the source of each character of a decoded JSON string whose raw text spans [start, end):
 * `map[k]` is where decoded character k is written.
 */
function decodedOffsets(text, start, end) {
    const out = [];
    let i = start;
    while (i < end) {
        if (text[i] !== '\\') {
            out.push(i);
            i++;
            continue;
        }
        out.push(i);
        i += text[i + 1] === 'u' ? 6 : 2;
    }
    return Int32Array.from(out);
}

;// CONCATENATED MODULE: ./src/scanners/python/notebook.ts





/** The cells of a notebook (undefined when the text is not a notebook). */
function notebookCells(text, budget) {
    const root = parseJsonWithPositions(text, budget);
    if (!root || root.type !== 'object')
        return undefined;
    const cells = get(root, 'cells');
    if (!cells || cells.type !== 'array')
        return undefined;
    const out = [];
    for (const cell of cells.items) {
        if (cell.type !== 'object')
            continue;
        const type = get(cell, 'cell_type');
        if (!type || type.type !== 'string')
            continue;
        const source = get(cell, 'source');
        const parts = [];
        if (source?.type === 'string')
            parts.push(source);
        else if (source?.type === 'array')
            for (const s of source.items)
                if (s.type === 'string')
                    parts.push(s);
        let length = 0;
        for (const p of parts)
            length += p.value.length;
        const map = new Int32Array(length);
        let at = 0;
        let src = '';
        for (const p of parts) {
            budget?.tick(p.value.length);
            const offs = decodedOffsets(text, p.start, p.end);
            for (let k = 0; k < p.value.length; k++)
                map[at++] = offs[k] ?? p.end;
            src += p.value;
        }
        out.push({ type: type.value, source: src, map });
    }
    return out;
}
/**
 * Scans the code cells of a Jupyter notebook as one Python module (cells share module state) and maps
 * every reference back to the offset in the .ipynb text where the string is written. `!cmd` lines and
 * `%%bash`/`%%sh` cells are read as shell.
 */
function analyzeNotebook(text, ctx, budget = new Budget(text.length, ctx)) {
    const cells = notebookCells(text, budget);
    if (!cells)
        return { raw: [], uses: [] };
    let code = '';
    let python = '';
    let shell = '';
    const map = [];
    for (const cell of cells) {
        if (cell.type !== 'code')
            continue;
        for (let k = 0; k < cell.map.length; k++)
            map.push(cell.map[k]);
        // Two newlines end the cell, so that cells never run into each other.
        const pad = cell.source.endsWith('\n') ? '\n' : '\n\n';
        const last = map.length ? map[map.length - 1] : 0;
        for (let k = 0; k < pad.length; k++)
            map.push(last);
        const split = splitMagics(cell.source);
        code += cell.source + pad;
        python += split.python + pad;
        shell += split.shell + pad;
    }
    if (!code.trim())
        return { raw: [], uses: [] };
    const py = analyzePython(python, ctx, budget);
    const found = [...py.raw, ...analyzeShell(shell, ctx, budget).raw];
    // Suppression markers are judged on the cell's code lines, where "the line above" is meaningful.
    const suppressed = suppressedLines(code);
    const index = suppressed.size ? new LineIndex(code) : undefined;
    const raw = [];
    for (const r of found) {
        if (index && isSuppressed(suppressed, index.line(r.offset)))
            continue;
        raw.push({ ...r, offset: map[r.offset] ?? 0 });
    }
    return {
        raw,
        uses: py.uses.map((u) => ({ ...u, offset: map[u.offset] ?? 0 })),
        fieldUses: (py.fieldUses ?? []).map((u) => ({ ...u, offset: map[u.offset] ?? 0 })),
    };
}
/** A cell's Python text with shell lines blanked, and its shell text with Python blanked (offsets kept). */
function splitMagics(code) {
    const lines = code.split('\n');
    const py = [];
    const sh = [];
    let shellCell = false;
    for (const line of lines) {
        const t = line.trimStart();
        if (/^%%(?:bash|sh|script[ \t]+(?:ba)?sh)\b/.test(t)) {
            shellCell = true;
            py.push(' '.repeat(line.length));
            sh.push(' '.repeat(line.length));
            continue;
        }
        if (shellCell || t.startsWith('!') || /^%(?:sx|system)\b/.test(t)) {
            py.push(' '.repeat(line.length));
            const ws = line.length - t.length;
            const bang = t.startsWith('!') ? 1 : t.startsWith('%system') ? 7 : t.startsWith('%sx') ? 3 : 0;
            sh.push(line.slice(0, ws) + ' '.repeat(bang) + line.slice(ws + bang));
        }
        else {
            py.push(t.startsWith('%') ? ' '.repeat(line.length) : line);
            sh.push(' '.repeat(line.length));
        }
    }
    return { python: py.join('\n'), shell: sh.join('\n') };
}
function get(node, key) {
    if (node.type !== 'object')
        return undefined;
    return node.entries.find((e) => e.key === key)?.value;
}

;// CONCATENATED MODULE: ./src/scanners/python/index.ts





/**
 * A database migration (Django's `app/migrations/0058_alter_x.py`, Alembic's `alembic/versions/x.py`): the history
 * of a schema, whose field defaults and data filters name the models the code once used. Its references are
 * mentions: listed, never evaluated.
 */
const MIGRATION_PATH_RE = /(?:^|\/)(?:migrations\/\d{4}_[^/]*|alembic\/versions\/[^/]+)\.py$/;
const MIGRATION_IMPORT_RE = /^\s*(?:from django\.db import|from alembic import|import alembic)\b/m;
function isMigration(path, content) {
    return MIGRATION_PATH_RE.test(path) && MIGRATION_IMPORT_RE.test(content);
}
const python = defineScanner({
    name: 'python',
    description: 'Python and Jupyter notebooks: transformers/diffusers from_pretrained, pipeline(), sentence-transformers, huggingface_hub downloads, vLLM, LangChain/LlamaIndex wrappers, Ollama clients, faster-whisper/whisperX/Whisper sizes, hosted SDKs (OpenAI, Anthropic, Bedrock, Vertex, Gemini, watsonx), torch.hub.load; follows constants, settings fields and environment variables.',
    fileMatch: ['**/*.py', '**/*.pyi', '**/*.ipynb'],
    triggers: PYTHON_TRIGGERS,
    mayHold: pythonMayHold,
    mayHoldSkipsFields: true,
    analyze(content, path, ctx, budget) {
        const a = /\.ipynb$/i.test(path) ? analyzeNotebook(content, ctx, budget) : analyzePython(content, ctx, budget);
        const raw = isMigration(path, content) ? a.raw.map((r) => ({ ...r, mention: true })) : a.raw;
        return outputOf(content, path, 'python', raw, { uses: a.uses, fields: a.fields, fieldUses: a.fieldUses });
    },
});

;// CONCATENATED MODULE: ./src/scanners/shell/index.ts




const SHELL_TRIGGERS = [
    'odel', // --model, MODEL_ID= via ODEL below, model:
    'ODEL',
    'vllm',
    'llama', // ollama, llama-cli, llama-server
    '-hf',
    'download', // huggingface-cli download, hf download
    'heckpoint',
    'HECKPOINT',
    'REPO_ID',
    'repo_id',
    'pretrained', // python -c "...from_pretrained(...)"
    'hf://',
];
/** YAML read as shell: Kubernetes, compose, workflows, Helm templates (`templates/*.tpl` hold YAML too). */
const YAML_RE = /\.ya?ml$|(?:^|\/)templates\/[^/]*\.tpl$/i;
const shell = defineScanner({
    name: 'shell',
    description: 'Shell scripts, Dockerfiles, docker-compose, Kubernetes, Helm templates and workflow YAML, .env files: vllm serve, --model/--model-id, ollama pull/run/create, llama.cpp -hf, huggingface-cli/hf download, curl to an Ollama server, MODEL_ID-style environment variables (and every environment variable, for the code that reads it).',
    fileMatch: [
        '**/*.sh',
        '**/*.bash',
        '**/*.zsh',
        '**/*.ksh',
        '**/Dockerfile',
        '**/Dockerfile.*',
        '**/*.Dockerfile',
        '**/*.dockerfile',
        '**/Containerfile',
        '**/Containerfile.*',
        '**/*.yml',
        '**/*.yaml',
        '**/templates/*.tpl',
        '**/.env',
        '**/.env.*',
        '**/*.env',
        '**/Makefile',
        '**/*.mk',
        '**/Procfile',
        '**/justfile',
        '**/Justfile',
    ],
    triggers: SHELL_TRIGGERS,
    analyze(content, path, ctx, budget) {
        const a = YAML_RE.test(path) ? analyzeYaml(content, ctx, budget) : analyzeShell(content, ctx, budget);
        const output = outputOf(content, path, 'shell', a.raw, { env: a.env });
        if (a.created.size) {
            const index = new LineIndex(content);
            const localOllama = [];
            for (const [id, c] of a.created)
                localOllama.push({ id, modelfile: c.file, path, line: index.line(c.offset) });
            output.facts = { ...output.facts, localOllama };
        }
        return output;
    },
});

;// CONCATENATED MODULE: ./src/scanners/url/weights.ts
/**
 * Weight files addressed by URL outside the Hugging Face Hub: `https://dl.fbaipublicfiles.com/.../sam2.1_hiera_tiny.pt`,
 * OpenAI's `https://openaipublic.azureedge.net/main/whisper/models/<sha>/base.pt`, a GitHub release asset
 * `https://github.com/OWNER/REPO/releases/download/TAG/x.onnx`. A reference of kind `url`, its id the address without
 * its query string and fragment (a signed address carries a token there: it is never printed).
 *
 * Only the extensions that name a model's weights and little else: `.bin` is also any binary blob (a dataset
 * shard, an executable, a tokenizer's table), archives (`.zip`, `.tar.gz`) hold anything and `.pkl` is mostly
 * pickled data (features, indexes, scalers), so an address ending in one of them says nothing about a model.
 */
const WEIGHT_EXTENSIONS = [
    'safetensors',
    'gguf',
    'pt',
    'pth',
    'ckpt',
    'onnx',
    'tflite',
    'h5',
    'keras',
];
/**
 * Literal needles one of which a text holding a weight file's address contains (the extension, in lower or upper
 * case; `.pt` covers `.pth`). A file without any of them is not read for weight addresses.
 */
const WEIGHT_URL_TRIGGERS = [
    '.safetensors',
    '.gguf',
    '.pt',
    '.ckpt',
    '.onnx',
    '.tflite',
    '.h5',
    '.keras',
    '.SAFETENSORS',
    '.GGUF',
    '.PT',
    '.CKPT',
    '.ONNX',
    '.TFLITE',
    '.H5',
    '.KERAS',
];
/** The longest address read (a longer run of address characters is no weight file's address). */
const MAX_URL = 2048;
/**
 * An http(s) address: the scheme, then a run of characters that may stand in an address, up to a quote, a
 * space, a bracket or a template's `{`/`$`. One pass, no backtracking: the run is greedy and nothing follows it.
 * Not preceded by a character that would make the scheme part of a longer word (`git+https://`).
 */
const CANDIDATE_RE = /(?<![\w.+-])https?:\/\/[^\s"'`<>\\(){}[\]|^,;$*]{1,2048}/gi;
/** Characters after an address that make it a template (`https://x/a.pt${SUFFIX}`, `.../x.pt{ext}`, a glob). */
const PLACEHOLDER_AFTER = new Set(['{', '$', '*']);
/** A `%` that is not a percent-encoded byte: a printf template (`%s`, `%(name)s`, `%d`). */
const BAD_PERCENT_RE = /%(?![0-9a-f]{2})/i;
const HOST_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+\.?$/;
const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/;
/** Reserved names (RFC 2606, RFC 6761) and local names: examples and placeholders, never a download. */
const PLACEHOLDER_HOST_RE = /(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|invalid|test|localhost|local)|example|invalid|test|localhost)$/;
function privateIpv4(host) {
    const m = IPV4_RE.exec(host);
    if (!m)
        return false;
    const [a, b] = [Number(m[1]), Number(m[2])];
    return (a === 0 ||
        a === 10 ||
        a === 127 ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 168) ||
        (a === 100 && b >= 64 && b <= 127));
}
/** Hugging Face's hosts: their addresses are Hub references (the rest of the url scanner reads them). */
function hubHost(host) {
    return host === 'huggingface.co' || host.endsWith('.huggingface.co') || host === 'hf.co' || host.endsWith('.hf.co');
}
/** Code forges: `host/OWNER/REPO` is a repository's page (`github.com/tpoisonooo/llama.onnx`), not a file. */
const FORGE_HOSTS = new Set(['github.com', 'www.github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org']);
/** A path segment that says the file is data (`http://sbert.net/datasets/simplewiki-...-v1.pt`: embeddings of a corpus). */
const DATA_SEGMENT_RE = /\/datasets?\//i;
/** A UI's placeholder text (`"uriPlaceholder": "https://exemplo.com/modelo.gguf"`, `placeholder="..."`) before the address. */
const PLACEHOLDER_BEFORE_RE = /placeholder/i;
/** The extension of the last segment of an address's path, lower-cased, when it is a weight file's. */
function weightExtension(path) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    if (dot <= slash + 1)
        return undefined;
    const ext = path.slice(dot + 1).toLowerCase();
    return WEIGHT_EXTENSIONS.includes(ext) ? ext : undefined;
}
/**
 * The id of a weight file's address (`written`: from `http` to the end of the run of address characters), or
 * undefined when it is not one: no weight extension on its path's last segment, a template, a placeholder or
 * private host, a Hub address. The id is the scheme and host in lower case and the path as written, without
 * user information, query string and fragment.
 */
function weightUrlId(written) {
    const scheme = written.indexOf('://');
    if (scheme < 0)
        return undefined;
    let end = written.length;
    for (let i = scheme + 3; i < written.length; i++) {
        const c = written[i];
        if (c === '?' || c === '#') {
            end = i;
            break;
        }
    }
    let body = written.slice(scheme + 3, end);
    if (BAD_PERCENT_RE.test(body))
        return undefined;
    // a sentence's full stop or colon after the address
    while (body.endsWith('.') || body.endsWith(':'))
        body = body.slice(0, -1);
    const slash = body.indexOf('/');
    if (slash <= 0)
        return undefined;
    const path = body.slice(slash);
    if (!weightExtension(path))
        return undefined;
    let authority = body.slice(0, slash);
    const at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.slice(at + 1);
    const portAt = /:\d*$/.exec(authority);
    const host = (portAt ? authority.slice(0, portAt.index) : authority).toLowerCase().replace(/\.$/, '');
    if (!HOST_RE.test(host) || PLACEHOLDER_HOST_RE.test(host) || privateIpv4(host) || hubHost(host))
        return undefined;
    if (DATA_SEGMENT_RE.test(path))
        return undefined;
    if (FORGE_HOSTS.has(host) && path.split('/').filter(Boolean).length <= 2)
        return undefined;
    const port = portAt && portAt[0].length > 1 ? portAt[0] : '';
    return `${written.slice(0, scheme).toLowerCase()}://${host}${port}${path}`;
}
/** An assignment of a value starting where the line's text before it ends: `NAME=`, `NAME = "`, `export NAME='`. */
const ASSIGN_BEFORE_RE = /^[ \t]*(?:(?:export|readonly|local|declare|ENV|ARG|const|let|var)[ \t]+)?([A-Za-z_]\w{0,63})[ \t]*(?::=|\?=|=)[ \t]*["']?$/;
/** What may follow a base address's value on its line: its closing quote, a comment. */
const ASSIGN_AFTER_RE = /^["']?[ \t]*(?:[#;].*)?\r?$/;
/** Uses of a variable at the head of an address: `${NAME}`, `$(NAME)` (make), `$NAME`, `{NAME}` (an f-string). */
const USE_RE = /\$\{([A-Za-z_]\w*)\}|\$\(([A-Za-z_]\w*)\)|\$([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\}/g;
/** The rest of an address after a variable. */
const TAIL_RE = /[^\s"'`<>\\(){}[\]|^,;$*]{1,2048}/y;
/** Values kept per variable (it may be set in several branches). */
const MAX_VALUES = 8;
/** Variables holding a base address remembered per file. */
const MAX_BASES = 256;
/** The text of the line holding `at` before it, at most `max` characters (without looking further back). */
function lineBefore(text, at, max) {
    const s = text.slice(Math.max(0, at - max), at);
    return s.slice(s.lastIndexOf('\n') + 1);
}
/**
 * Weight files' addresses in `text`, each at the offset of its `http` (or of the variable its address starts with:
 * `"${BASE_URL}/sam2.1_hiera_tiny.pt"` after `BASE_URL="https://dl.fbaipublicfiles.com/segment_anything_2/092824"`
 * in the same file, or `f"{BASE}/x.pt"`: the variable's value is joined to the rest as the shell joins them).
 */
function extractWeightUrls(text, budget) {
    const out = [];
    if (!text.includes('://'))
        return out;
    let bases;
    for (const m of text.matchAll(CANDIDATE_RE)) {
        budget?.tick();
        const at = m.index ?? 0;
        const end = at + m[0].length;
        const next = text[end];
        // over the length cap, or a template's placeholder right after it (`https://host/x.pt${SUFFIX}`)
        if (m[0].length >= MAX_URL || (next !== undefined && PLACEHOLDER_AFTER.has(next)))
            continue;
        const id = weightUrlId(m[0]);
        if (id) {
            if (!PLACEHOLDER_BEFORE_RE.test(lineBefore(text, at, 120)))
                out.push({ id, kind: 'url', offset: at });
            continue;
        }
        // a base address assigned to a variable (`BASE_URL="https://host/dir"`), for the addresses built on it
        if ((bases?.size ?? 0) >= MAX_BASES)
            continue;
        const before = lineBefore(text, at, 201);
        const assign = before.length <= 200 ? ASSIGN_BEFORE_RE.exec(before) : null;
        if (!assign)
            continue;
        const after = text.slice(end, end + 201);
        const nl = after.indexOf('\n');
        if ((nl < 0 && end + 201 <= text.length) || !ASSIGN_AFTER_RE.test(nl < 0 ? after : after.slice(0, nl)))
            continue;
        const value = m[0];
        if (value.includes('?') || value.includes('#') || BAD_PERCENT_RE.test(value))
            continue;
        bases ??= new Map();
        const list = bases.get(assign[1]) ?? [];
        if (list.length < MAX_VALUES && !list.includes(value))
            list.push(value);
        bases.set(assign[1], list);
    }
    if (bases) {
        for (const m of text.matchAll(USE_RE)) {
            budget?.tick();
            const values = bases.get(m[1] ?? m[2] ?? m[3] ?? m[4]);
            if (!values)
                continue;
            const after = (m.index ?? 0) + m[0].length;
            TAIL_RE.lastIndex = after;
            const tail = TAIL_RE.exec(text)?.[0];
            if (!tail || PLACEHOLDER_AFTER.has(text[after + tail.length] ?? ''))
                continue;
            for (const v of values) {
                const id = weightUrlId(v + tail);
                if (id)
                    out.push({ id, kind: 'url', offset: m.index ?? 0 });
            }
        }
    }
    return out;
}
/**
 * Files whose comments start with `#` (shell, Dockerfiles, Makefiles, YAML, TOML, INI, .env, Ruby, R, Perl...):
 * an address on a line that is a comment there is a mention (a download a script no longer makes, a note).
 */
const HASH_COMMENT_FILE_RE = /(?:\.(?:sh|bash|zsh|ksh|ya?ml|toml|cfg|ini|conf|env|rb|r|pl|mk|tf|nix|cmake|ps1)|(?:^|\/)(?:[^/]*\.dockerfile|(?:Dockerfile|Containerfile)(?:\.[^/]*)?|Makefile|GNUmakefile|Modelfile|justfile|Justfile|Procfile|\.env(?:\.[^/]*)?))$/i;
/** The [start, end) ranges of the lines whose first character that is not a blank is `#`, in order. One pass. */
function hashCommentLines(text, budget) {
    const ranges = [];
    let start = 0;
    while (start < text.length) {
        budget?.tick();
        let nl = text.indexOf('\n', start);
        if (nl < 0)
            nl = text.length;
        let i = start;
        while (i < nl && (text[i] === ' ' || text[i] === '\t'))
            i++;
        if (text[i] === '#')
            ranges.push([start, nl]);
        start = nl + 1;
    }
    return ranges;
}

;// CONCATENATED MODULE: ./src/scanners/url/index.ts








/**
 * huggingface.co / hf.co addresses, with or without scheme, not preceded by a character that would make the
 * host part of another name (`cdn-lfs.huggingface.co`, `user@huggingface.co`, `xhf.co`). Linear: the look-behind
 * lets a match start only where a run of name characters starts.
 */
const URL_RE = /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/([\w.-]+)\/([\w.-]+)(?:\/(resolve|tree|blob|commit|raw)\/([\w.%-]+)(\/[\w.%/-]*)?)?/gi;
/**
 * A file in a model repository that is a document, not part of the model: its card, its license, its notice
 * (`.../blob/main/LICENSE.md`, `.../resolve/main/README.md`). An address of one is a link to the model's terms or
 * description (a generated model card points to its base's license), never a load. `merges.txt` and `vocab.txt` are
 * the tokenizer's: only licenses and notices are documents among .txt files.
 */
const DOCUMENT_FILE_RE = /(?:^|\/)(?:(?:license|licence|notice|copying|use_policy|readme)(?:[._-][\w.-]*)?|[^/]*\.(?:md|markdown|rst|html?|pdf))$/i;
/** Inference API addresses name the model after /models/. */
const INFERENCE_RE = /(?<![\w.@/-])(?:https?:\/\/)?(?:api-inference\.huggingface\.co|router\.huggingface\.co\/hf-inference)\/models\/([\w.-]+)\/([\w.-]+)/gi;
/**
 * Ollama library pages (`https://ollama.com/library/llama3.2:3b`, the former `ollama.ai`, the registry's
 * `registry.ollama.ai/library/x`): the model, with its tag when the address names one (`/tags` is a page).
 */
const url_OLLAMA_URL_RE = /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.|registry\.)?ollama\.(?:com|ai)\/library\/([a-z0-9][\w.-]*)(?::([\w][\w.-]*))?/gi;
const URL_TRIGGERS = [
    'huggingface.co',
    'hf.co',
    'HuggingFace.co',
    'Huggingface.co',
    'HF.co',
    'ollama.com/library',
    'ollama.ai/library',
    ...WEIGHT_URL_TRIGGERS,
];
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Documents (Markdown, reStructuredText, text): whether their references are mentions is the policy's `scan.mentions`. */
const DOCUMENT_RE = /\.(?:md|mdx|markdown|rst|txt|adoc)$/i;
/** What comes right before a link's address: an HTML anchor's `href="` (`href=\"` inside a JSON string), `](` in Markdown. */
const LINK_BEFORE_RE = /(?:href=\\?["']?|\]\()$/i;
/** Whether the address at `at` is written as a link (for a reader to follow, in a description), not a value. */
function isLink(text, at) {
    return LINK_BEFORE_RE.test(text.slice(Math.max(0, at - 8), at));
}
/**
 * Hub model addresses in any text, with the offset of the address. With `linksAsMentions` (any file but a
 * document), the address of a model's page written as a link (an HTML anchor, a Markdown link: a description in a
 * JSON registry of models) is a mention. With `pagesAsMentions` (program code), the
 * address of a model's page (no /resolve/, /blob/, /raw/, /tree/ or /commit/ part) is a mention: code loads
 * models by id or by file address, and a bare page address there is a link (a model registry, a UI, a docstring).
 */
function extractHubUrls(text, budget, pagesAsMentions = false, linksAsMentions = true) {
    const raw = [];
    for (const m of text.matchAll(URL_RE)) {
        budget?.tick();
        const ns = m[1];
        if (NON_MODEL_HUB_SECTIONS.has(ns.toLowerCase()))
            continue;
        const id = `${ns}/${trimDots(m[2])}`;
        if (!isHubIdShape(id))
            continue;
        const at = m.index ?? 0;
        const ref = { id, kind: 'hub', offset: at };
        if (((pagesAsMentions || (linksAsMentions && isLink(text, at))) && !m[3]) ||
            (m[5] && m[3] !== 'tree' && DOCUMENT_FILE_RE.test(safeDecode(m[5]))))
            ref.mention = true;
        // /resolve/<rev>/, /tree/<rev>, /blob/<rev>/, /commit/<sha>: the revision named by the address
        if (m[4])
            ref.revision = safeDecode(m[4]);
        raw.push(ref);
    }
    for (const m of text.matchAll(INFERENCE_RE)) {
        budget?.tick();
        const id = `${m[1]}/${trimDots(m[2])}`;
        if (isHubIdShape(id))
            raw.push({ id, kind: 'hub', offset: m.index ?? 0 });
    }
    if (text.includes('/library/')) {
        for (const m of text.matchAll(url_OLLAMA_URL_RE)) {
            budget?.tick();
            const tag = m[2] ? trimDots(m[2]) : '';
            const id = ollamaId(tag ? `${trimDots(m[1])}:${tag}` : trimDots(m[1]));
            if (id)
                raw.push({ id, kind: 'ollama', offset: m.index ?? 0 });
        }
    }
    return raw;
}
/**
 * Every model address in a text: the Hub's and Ollama's (`extractHubUrls`) and weight files' elsewhere
 * (`extractWeightUrls`), these written as a link being mentions when `linksAsMentions` is set.
 */
function extractAll(text, budget, pagesAsMentions, linksAsMentions) {
    const raw = extractHubUrls(text, budget, pagesAsMentions, linksAsMentions);
    for (const r of extractWeightUrls(text, budget))
        raw.push(linksAsMentions && isLink(text, r.offset) ? { ...r, mention: true } : r);
    return raw;
}
/** Marks the references that lie in one of the sorted [start, end) ranges as mentions. */
function markMentions(raw, ranges) {
    if (!ranges.length)
        return raw;
    return raw.map((r) => {
        let lo = 0;
        let hi = ranges.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (ranges[mid][0] <= r.offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const [s, e] = ranges[lo];
        return s <= r.offset && r.offset < e ? { ...r, mention: true } : r;
    });
}
const PY_RE = /\.pyi?$/i;
const JS_RE = /\.(?:[mc]?[jt]sx?)$/i;
/**
 * Languages with JavaScript's comments (`//`, `/* *\/`) and quotes: their comments are read with the JavaScript
 * lexer (Go, Rust, Java, Kotlin, Scala, C, C++, CUDA, C#, Swift, Dart, PHP, Zig).
 */
const C_FAMILY_RE = /\.(?:go|rs|java|kt|kts|scala|groovy|gradle|c|h|cc|cpp|cxx|hpp|hh|hxx|cu|cuh|cs|swift|dart|php|zig)$/i;
/**
 * Addresses in a notebook's cells: in Markdown cells they are mentions, in code cells they are mentions when
 * written in a comment or a docstring. Outputs are not read.
 */
function notebookUrls(text, budget) {
    const cells = notebookCells(text, budget);
    if (!cells)
        return extractAll(text, budget, false, true);
    const out = [];
    for (const cell of cells) {
        if (!cell.source.includes('.co') && !cell.source.includes('ollama.ai') && !cell.source.includes('://'))
            continue;
        let found = extractAll(cell.source, budget, true, true);
        if (!found.length)
            continue;
        if (cell.type === 'code')
            found = markMentions(found, pythonProse(cell.source, budget));
        else
            found = found.map((r) => ({ ...r, mention: true }));
        const suppressed = suppressedLines(cell.source);
        const index = suppressed.size ? new LineIndex(cell.source) : undefined;
        for (const r of found) {
            if (index && isSuppressed(suppressed, index.line(r.offset)))
                continue;
            out.push({ ...r, offset: cell.map[r.offset] ?? 0 });
        }
    }
    return out;
}
const url = defineScanner({
    name: 'url',
    description: 'Hugging Face model addresses (huggingface.co/org/name, hf.co/org/name, Inference API URLs) in any text file; not datasets, spaces, docs, blog or papers. Weight files downloaded by address from anywhere else (an http(s) URL ending in .safetensors, .gguf, .pt, .pth, .ckpt, .onnx, .tflite, .h5 or .keras; not example, local or private hosts, not templates), also when built on a base address set in the same file. In program code (Python, JavaScript, TypeScript, and the languages that share their comments: Go, Rust, Java, Kotlin, C, C++, C#, Swift...), addresses in comments, docstrings and notebook Markdown cells, and model page addresses (no /resolve/ or /blob/ part), are mentions; in any file but a document (Markdown, reStructuredText, text), a page address written as a link (an HTML anchor, a Markdown link) is a mention.',
    fileMatch: ['**'],
    triggers: URL_TRIGGERS,
    analyze(content, path, _ctx, budget) {
        let raw;
        if (/\.ipynb$/i.test(path))
            raw = notebookUrls(content, budget);
        else {
            const py = PY_RE.test(path);
            const js = !py && (JS_RE.test(path) || C_FAMILY_RE.test(path));
            // (a document's links are the policy's to judge: its scan.mentions globs, which may be [])
            raw = extractAll(content, budget, py || js, !DOCUMENT_RE.test(path));
            if (raw.length && py)
                raw = markMentions(raw, pythonProse(content, budget));
            else if (raw.length && js) {
                const comments = [];
                lexJs(content, budget, comments);
                raw = markMentions(raw, comments);
            }
            else if (raw.length && HASH_COMMENT_FILE_RE.test(path)) {
                // weight files' addresses on a comment line (Hub addresses keep their reading there: a load)
                const comments = hashCommentLines(content, budget);
                const weights = markMentions(raw.filter((r) => r.kind === 'url'), comments);
                raw = [...raw.filter((r) => r.kind !== 'url'), ...weights];
            }
        }
        return outputOf(content, path, 'url', raw);
    },
});

;// CONCATENATED MODULE: ./src/scanners/facts.ts


/**
 * Joins what files tell about each other, after every file is scanned; pure:
 * - an environment variable set in one file (`.env` `GENERATION_MODEL=qwen3:8b`, compose `environment:`,
 *   Kubernetes `env:`) and read by code of the same project whose value reaches a model parameter
 *   (`ChatOllama(model=os.getenv("GENERATION_MODEL"))`) is a reference, at the line that sets it, read the way the
 *   code reads it (an Ollama name, a Hub id...). A variable that no such code reads is not (`.env` `MODEL=...`
 *   feeding nothing). Same project: the folder of the file that sets it, or the folder above, holds the code;
 * - a field of a Python class with a default (`local_llm: str = Field(default="llama3.2")` in `class
 *   Configuration` of `configuration.py`), read by another module that imports the class and gives the field to a
 *   model parameter (`ChatOllama(model=configurable.local_llm)`), is a reference at the field's line, read the way
 *   that code reads it. The import names the module: a field of a class of that module (`pkg.configuration` →
 *   `…/pkg/configuration.py` or `…/pkg/configuration/__init__.py`; `from .settings import x` → `settings.py` of
 *   the same folder) when there is one, else of any class of that name (a package re-exporting it);
 * - an Ollama model built by `ollama create NAME -f FILE` is local weights wherever it is named: its `ollama:NAME`
 *   references become `local-file` references to FILE.
 * Returns every reference, the joined ones added, sorted. Linear in the facts.
 */
function applyFacts(references, facts, ctx) {
    const uses = new Map();
    const local = new Map();
    for (const f of facts) {
        for (const u of f.uses ?? []) {
            const key = u.name.toLowerCase();
            const readers = uses.get(key) ?? new Set();
            readers.add(u);
            uses.set(key, readers);
        }
        for (const l of f.localOllama ?? [])
            local.set(l.id, l.modelfile);
    }
    const out = references.map((r) => {
        if (r.kind !== 'ollama' || !local.size)
            return r;
        const file = local.get(r.id) ?? local.get(r.id.replace(/:latest$/, ''));
        return file ? { ...r, id: file, kind: 'local-file' } : r;
    });
    const joinsFields = facts.some((f) => f.fieldUses?.length);
    if (!uses.size && !joinsFields)
        return local.size ? sortAndDedupe(out) : references;
    // a place that already holds a reference (`MODEL_ID=org/x`, read as a Hub id by its name) is not read twice
    const placed = new Set(out.map((r) => `${r.path}\0${r.line}`));
    const localFile = (cl) => {
        const file = cl.kind === 'ollama' ? (local.get(cl.id) ?? local.get(cl.id.replace(/:latest$/, ''))) : undefined;
        return file ? { id: file, kind: 'local-file' } : { id: cl.id, kind: cl.kind };
    };
    if (joinsFields) {
        for (const { def, mode, strength } of fieldJoins(facts)) {
            if (placed.has(`${def.path}\0${def.line}`))
                continue;
            const cl = classifyValue(def.value, mode, strength, ctx);
            if (!cl)
                continue;
            const ref = {
                ...localFile(cl),
                path: def.path,
                line: def.line,
                column: def.column + (cl.shift ?? 0),
                scanner: def.scanner,
            };
            if (cl.provider)
                ref.provider = cl.provider;
            out.push(ref);
        }
    }
    for (const f of facts) {
        for (const d of f.env ?? []) {
            const readers = uses.get(d.name.toLowerCase());
            if (!readers || placed.has(`${d.path}\0${d.line}`))
                continue;
            const modes = new Set([...readers].filter((u) => sameProject(d.path, u.path)).map((u) => u.mode));
            for (const mode of modes) {
                const cl = classifyValue(d.value, mode, 'strong', ctx);
                if (!cl)
                    continue;
                out.push({
                    ...localFile(cl),
                    path: d.path,
                    line: d.line,
                    column: d.column + (cl.shift ?? 0),
                    scanner: d.scanner,
                });
            }
        }
    }
    return sortAndDedupe(out);
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
function within(dir, path) {
    return dir === '' || path.startsWith(`${dir}/`);
}
/** Whether code at `use` belongs to the project of the file at `def` (its folder, or the folder above it). */
function sameProject(def, use) {
    const d = dirOf(def);
    return within(d, use) || within(dirOf(d), use);
}
/** Dotted module paths a defining file is matched by, at most this many parts long. */
const MAX_MODULE_PARTS = 8;
/**
 * The module an import names, as a key a defining file matches: its dotted path (`pkg.configuration`), or for
 * a relative import its path from the repository root (`from .settings import x` in `service/app.py` →
 * `service.settings`; `from . import x` → `service`).
 */
function importKey(module, usePath) {
    let dots = 0;
    while (module[dots] === '.')
        dots++;
    const rest = module.slice(dots);
    if (!dots)
        return rest;
    let dir = dirOf(usePath);
    for (let k = 1; k < dots; k++)
        dir = dirOf(dir);
    const base = dir.split('/').filter(Boolean).join('.');
    return base && rest ? `${base}.${rest}` : base || rest;
}
/**
 * The keys under which a module file can be imported: every dotted suffix of its path (`src/pkg/config.py` →
 * `config`, `pkg.config`, `src.pkg.config`; a package's `__init__.py` by its folder).
 */
function moduleKeys(path) {
    const parts = path
        .replace(/\.pyi?$/i, '')
        .split('/')
        .filter(Boolean);
    if (parts[parts.length - 1] === '__init__')
        parts.pop();
    const keys = [];
    for (let k = parts.length - 1; k >= 0 && keys.length < MAX_MODULE_PARTS; k--)
        keys.push(parts.slice(k).join('.'));
    // a package's own `__init__.py` at the root, imported with `from . import x`
    if (!parts.length)
        keys.push('');
    return keys;
}
/**
 * The class fields that code of other modules reads into a model parameter, with how it reads them: each field
 * of a class a module imports, whose name that module gives to a model parameter. Fields of a class of the
 * module the import names are preferred; a class of that name elsewhere (a re-export) is taken when none is.
 */
function* fieldJoins(facts) {
    // owner and field → module key → definitions
    const defs = new Map();
    for (const f of facts) {
        for (const d of f.fields ?? []) {
            const key = `${d.owner}\0${d.name}`;
            const byModule = defs.get(key) ?? new Map();
            defs.set(key, byModule);
            for (const m of moduleKeys(d.path)) {
                const list = byModule.get(m) ?? [];
                list.push(d);
                byModule.set(m, list);
            }
        }
    }
    if (!defs.size)
        return;
    const done = new Set();
    /** Readings already joined: owner, field, module key (empty for any module), mode, strength. */
    const fallback = new Set();
    const emit = function* (list, u) {
        for (const def of list) {
            const once = `${def.path}\0${def.line}\0${def.column}\0${def.value}\0${u.mode}\0${u.strength}`;
            if (done.has(once))
                continue;
            done.add(once);
            yield { def, mode: u.mode, strength: u.strength };
        }
    };
    for (const f of facts) {
        for (const u of f.fieldUses ?? []) {
            for (const o of u.owners) {
                const byModule = defs.get(`${o.name}\0${u.name}`);
                if (!byModule)
                    continue;
                const module = importKey(o.module, u.path);
                const list = byModule.get(module);
                if (list) {
                    // each definition list is walked once per reading
                    const key = `${o.name}\0${u.name}\0${module}\0${u.mode}\0${u.strength}`;
                    if (!fallback.has(key)) {
                        fallback.add(key);
                        yield* emit(list, u);
                    }
                    continue;
                }
                // imported through another module (a package re-exporting it): any class of that name, once per reading
                const key = `${o.name}\0${u.name}\0\0${u.mode}\0${u.strength}`;
                if (fallback.has(key))
                    continue;
                fallback.add(key);
                const all = new Set();
                for (const l of byModule.values())
                    for (const d of l)
                        all.add(d);
                yield* emit([...all], u);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/scanners/index.ts











/** Every scanner, one per ecosystem. Each file is given to every scanner whose fileMatch matches it. */
const scanners = [python, javascript, shell, modelfile, config, http, markdown, url];


;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/discover/files.ts







/** Files larger than this are not read. */
const MAX_FILE_BYTES = 1024 * 1024;
/** A NUL byte within this prefix makes a file binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;
/** Directories never scanned, wherever they are. */
const SKIPPED_DIRS = new Set([
    'node_modules',
    'vendor',
    '.git',
    'dist',
    'build',
    'out',
    'target',
    '.venv',
    'venv',
    '__pycache__',
    'site-packages',
]);
/** Line breaks in a name would let it forge lines of the text report, of annotations and workflow commands. */
const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;
const LINE_BREAKS_RE = /[\n\r\u2028\u2029]/g;
const NAME_REASON = 'its name holds a line break (\\n, \\r, U+2028 or U+2029); rename it to have it scanned';
/** Whether a relative POSIX path lies in a directory that is never scanned. */
function inSkippedDir(path) {
    for (let from = 0, slash = path.indexOf('/'); slash !== -1; from = slash + 1, slash = path.indexOf('/', from)) {
        if (SKIPPED_DIRS.has(path.slice(from, slash)))
            return true;
    }
    return false;
}
function globMatcher(globs, fallback) {
    const list = globs && globs.length ? globs : fallback;
    if (list.length === 0)
        return () => false;
    // every path (those with line breaks are tested with a stand-in): the default of scan.paths
    if (list.length === 1 && list[0] === '**')
        return () => true;
    const expanded = list.flatMap((g) => {
        const clean = g.replace(/^\.\//, '').replace(/\/+$/, '');
        return /[*?[\]{}!]/.test(clean) && clean.endsWith('/**') ? [clean] : [clean, `${clean}/**`];
    });
    return picomatch(expanded, { dot: true });
}
/** Normalises a changed-file path; undefined when it escapes the root. */
function normaliseRel(p) {
    const s = p.replace(/\\/g, '/').replace(/^\.\//, '');
    if (!s || s.startsWith('/') || /^[A-Za-z]:\//.test(s))
        return undefined;
    const parts = [];
    for (const part of s.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            return undefined;
        parts.push(part);
    }
    return parts.join('/');
}
function git(root, args, input, onData) {
    return new Promise((resolve, reject) => {
        const child = execFile('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', windowsHide: true }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
        if (onData)
            child.stdout?.on('data', onData);
        if (input !== undefined)
            child.stdin?.end(input);
    });
}
/** Whether `root` lies inside a git work tree (and git is available). */
async function isGitWorkTree(root) {
    try {
        return (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
const prefetched = new Map();
/**
 * How many files git's index at `root` (`.git/index`) tracks, from its header; undefined when `root` has no
 * index git 2.x would read (not the top of a work tree, a linked work tree, an unreadable file). An estimate
 * that starts worker threads early: the listing stays what is scanned.
 */
function trackedFileCount(root) {
    let fd;
    try {
        fd = fsCb.openSync(join(root, '.git', 'index'), READ_FLAGS);
        const head = Buffer.alloc(12);
        if (fsCb.readSync(fd, head, 0, 12, 0) !== 12 || head.toString('latin1', 0, 4) !== 'DIRC')
            return undefined;
        const version = head.readUInt32BE(4);
        return version >= 2 && version <= 4 ? head.readUInt32BE(8) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            fsCb.closeSync(fd);
    }
}
/**
 * Starts listing the files of `root` through git now, so that the git process runs while the caller loads its
 * policy; the next full listing of `root` (no changed files, no ignoreRoot) takes the answer (`files` too: its
 * count decides whether scan workers start early). About 10 ms less wall time for a small repository.
 * `onMany(count)` is called once, while git still writes, as soon as it has listed `many` paths (a large
 * repository: scan workers can start before the list is complete). `drop()` forgets an answer nobody took (call
 * it when the run ends).
 */
function prefetchFileList(root, early) {
    let seen = 0;
    const onData = early
        ? (chunk) => {
            if (seen < early.many) {
                for (let at = chunk.indexOf('\0'); at !== -1 && seen < early.many; at = chunk.indexOf('\0', at + 1))
                    seen++;
                if (seen >= early.many)
                    early.onMany(seen);
            }
        }
        : undefined;
    const p = git(root, ['ls-files', '-c', '-o', '--exclude-standard', '-z'], undefined, onData).then((out) => out.split('\0').filter(Boolean), () => undefined);
    prefetched.set(root, p);
    return {
        files: p,
        drop: () => {
            if (prefetched.get(root) === p)
                prefetched.delete(root);
        },
    };
}
/**
 * Files git would track under `root` (tracked, and untracked but not ignored), or undefined when `root` is not
 * in a git work tree (or git is missing). One git process: with `only`, git looks at those paths alone.
 */
async function gitListFiles(root, only) {
    const base = ['ls-files', '-c', '-o', '--exclude-standard', '-z'];
    if (!only) {
        const early = prefetched.get(root);
        if (early) {
            prefetched.delete(root);
            return early;
        }
    }
    try {
        if (!only)
            return (await git(root, base)).split('\0').filter(Boolean);
        const out = [];
        for (let i = 0; i < only.length; i += 500) {
            const chunk = only.slice(i, i + 500).map((p) => `:(literal)${p}`);
            out.push(...(await git(root, [...base, '--', ...chunk])).split('\0').filter(Boolean));
        }
        return out;
    }
    catch {
        return undefined;
    }
}
/** Reads the .gitignore of `dir` (relative) under `ignoreRoot` into `ig`, through the guarded reader. */
async function addGitIgnore(ig, ignoreRoot, dir) {
    const r = await readRepoFile(ignoreRoot, dir ? `${dir}/.gitignore` : '.gitignore');
    if (r.ok)
        ig.add(decodeText(r.data), dir);
}
async function walk(root, ig, ignoreRoot, out, dir = '') {
    let entries;
    try {
        entries = await readdir(dir ? join(root, dir) : root, { withFileTypes: true });
    }
    catch (e) {
        const code = e.code;
        // a folder that vanished is nothing to report; one that cannot be read hides what it holds
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            out.notScanned.push({ path: `${dir || '.'}/`, reason: `unreadable folder (${code ?? 'error'})` });
        return;
    }
    if (dir && (ignoreRoot !== root || entries.some((e) => e.name === '.gitignore' && e.isFile()))) {
        await addGitIgnore(ig, ignoreRoot, dir);
    }
    const subdirs = [];
    for (const e of entries) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.name === '.git')
            continue;
        if (e.isDirectory()) {
            if (SKIPPED_DIRS.has(e.name) || ig.ignores(rel, true))
                continue;
            if (LINE_BREAK_RE.test(e.name))
                out.notScanned.push({ path: `${rel}/`, reason: NAME_REASON });
            else
                subdirs.push(rel);
        }
        else if (e.isFile() || e.isSymbolicLink()) {
            // symbolic links are listed as files; reading them checks where they lead (directories are not walked)
            if (!ig.ignores(rel, false))
                out.files.push(rel);
        }
    }
    for (const d of subdirs)
        await walk(root, ig, ignoreRoot, out, d);
}
/** Drops paths that go through a symbolically linked directory (git and the walk never enter those). */
async function withoutLinkedDirs(root, paths) {
    const checked = new Map();
    const linked = async (dir) => {
        let v = checked.get(dir);
        if (v === undefined) {
            v = await lstat(join(root, dir)).then((st) => st.isSymbolicLink(), () => false);
            checked.set(dir, v);
        }
        return v;
    };
    const out = [];
    for (const p of paths) {
        const parts = p.split('/');
        let ok = true;
        for (let i = 1; i < parts.length && ok; i++)
            if (await linked(parts.slice(0, i).join('/')))
                ok = false;
        if (ok)
            out.push(p);
    }
    return out;
}
/**
 * The files to scan under `root` and those left out for a reason to show. Files git would track (`git ls-files
 * -co --exclude-standard`, one process) when `root` is in a work tree, else a walk honouring .gitignore files
 * (read from `ignoreRoot` when given, and then always a walk); minus SKIPPED_DIRS, minus `ignore`, limited to
 * `paths` and, when given, to `changedFiles` (only those paths are looked at: the cost follows the change).
 */
async function listRepositoryFiles(root, opts = {}) {
    const include = globMatcher(opts.paths, ['**']);
    const exclude = globMatcher(opts.ignore, []);
    const out = { files: [], notScanned: [] };
    let changed = opts.changedFiles?.map(normaliseRel).filter((p) => p !== undefined);
    if (changed)
        changed = await withoutLinkedDirs(root, [...new Set(changed)]);
    const fromGit = opts.ignoreRoot === undefined ? await gitListFiles(root, changed) : undefined;
    let files;
    if (fromGit) {
        files = fromGit;
    }
    else {
        const ignoreRoot = opts.ignoreRoot ?? root;
        // the matcher is loaded for walks only: in a git work tree, git applies the ignore rules
        const { GitIgnore } = await Promise.all(/* import() */[__nccwpck_require__.e(298), __nccwpck_require__.e(97)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97));
        const ig = new GitIgnore();
        await addGitIgnore(ig, ignoreRoot, '');
        if (changed) {
            files = [];
            const read = new Set();
            for (const p of changed) {
                // nested .gitignore files along the path
                const parts = p.split('/');
                for (let i = 1; i < parts.length; i++) {
                    const d = parts.slice(0, i).join('/');
                    if (read.has(d))
                        continue;
                    read.add(d);
                    await addGitIgnore(ig, ignoreRoot, d);
                }
                if (!ig.ignoresFile(p))
                    files.push(p);
            }
        }
        else {
            await walk(root, ig, ignoreRoot, out);
            files = out.files;
        }
    }
    const set = new Set();
    for (const f of files) {
        // globs never match a line break (a regular expression's `.`): test such names with a stand-in for it
        const bad = LINE_BREAK_RE.test(f);
        const g = bad ? f.replace(LINE_BREAKS_RE, '_') : f;
        if (inSkippedDir(g) || !include(g) || exclude(g))
            continue;
        if (bad)
            out.notScanned.push({ path: f, reason: NAME_REASON });
        else
            set.add(f);
    }
    out.files = [...set].sort();
    out.notScanned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return out;
}
/** The files to scan under `root` (see listRepositoryFiles), without the list of those left out. */
async function listFiles(root, opts = {}) {
    return (await listRepositoryFiles(root, opts)).files;
}
const O_NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW;
/** O_NONBLOCK: opening a FIFO (a named pipe in the tree) returns at once instead of waiting for a writer forever. */
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/** Whether `real` (a resolved path) lies inside `realRoot`. */
function inside(realRoot, real) {
    const rel = (0,external_node_path_namespaceObject.relative)(realRoot, real);
    return rel !== '' && !rel.startsWith('..' + external_node_path_namespaceObject.sep) && rel !== '..' && !rel.startsWith('/') && !/^[A-Za-z]:/.test(rel);
}
/** Promisified callback-style fs calls: cheaper per call than FileHandle promises, which matters at 20,000 files. */
function fsOpen(path, flags) {
    return new Promise((resolve, reject) => fsCb.open(path, flags, (e, fd) => (e ? reject(e) : resolve(fd))));
}
function fsFstat(fd) {
    return new Promise((resolve, reject) => fsCb.fstat(fd, (e, st) => (e ? reject(e) : resolve(st))));
}
function fsRead(fd, buf, off, len, pos) {
    return new Promise((resolve, reject) => fsCb.read(fd, buf, off, len, pos, (e, n) => (e ? reject(e) : resolve(n))));
}
function fsClose(fd) {
    return new Promise((resolve) => fsCb.close(fd, () => resolve()));
}
/** Whether the bytes start with a UTF-16 byte-order mark (text with NUL bytes, not a binary file). */
function hasUtf16Bom(data) {
    return data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
}
function looksBinary(data) {
    return !hasUtf16Bom(data) && data.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1;
}
/**
 * Reads a repository file for scanning: symbolic links are followed only to files inside the repository;
 * files over MAX_FILE_BYTES and binary files (a NUL byte in the first 8 KiB) are refused with a reason.
 * `realRoot` is realpath(root), computed by the caller once. `sniffFirst` reads the first 8 KiB alone first
 * (for files whose names say they are binary).
 */
async function readRepoFile(root, rel, realRoot, opts = {}) {
    const abs = join(root, rel);
    let fd;
    try {
        if (O_NOFOLLOW !== undefined) {
            fd = await fsOpen(abs, READ_FLAGS | O_NOFOLLOW);
        }
        else {
            const st = await lstat(abs);
            if (st.isSymbolicLink())
                throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
            fd = await fsOpen(abs, READ_FLAGS);
        }
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false };
        if (code !== 'ELOOP' && code !== 'EMLINK')
            return { ok: false, reason: `unreadable (${code ?? 'error'})` };
        // a symbolic link: follow it only inside the repository, and only to a regular file
        let target;
        try {
            realRoot ??= await realpath(root);
            target = await realpath(abs);
        }
        catch {
            return { ok: false, reason: 'broken symbolic link' };
        }
        const refused = linkRefusal(realRoot, target, await stat(target).catch(() => undefined));
        if (refused)
            return refused;
        try {
            fd = await fsOpen(target, READ_FLAGS);
        }
        catch (e2) {
            return { ok: false, reason: `unreadable (${e2.code ?? 'error'})` };
        }
    }
    try {
        const st = await fsFstat(fd);
        if (!st.isFile())
            return { ok: false };
        if (st.size > MAX_FILE_BYTES) {
            const head = Buffer.allocUnsafe(BINARY_SNIFF_BYTES);
            return oversized(st.size, head.subarray(0, await fsRead(fd, head, 0, BINARY_SNIFF_BYTES, 0)));
        }
        const data = Buffer.allocUnsafe(st.size);
        let off = 0;
        if (opts.sniffFirst) {
            // likely binary (by its name): look at the first 8 KiB before reading the rest
            off = await fsRead(fd, data, 0, Math.min(BINARY_SNIFF_BYTES, st.size), 0);
            if (looksBinary(data.subarray(0, off)))
                return { ok: false, reason: 'binary file' };
        }
        while (off < st.size) {
            const n = await fsRead(fd, data, off, st.size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return readResult(data, off);
    }
    catch (e) {
        return { ok: false, reason: `unreadable (${e.code ?? 'error'})` };
    }
    finally {
        await fsClose(fd);
    }
}
/**
 * A file over MAX_FILE_BYTES, from its first bytes: a large image or archive is binary (not listed), only large
 * text is listed as not scanned.
 */
function oversized(size, head) {
    return { ok: false, reason: looksBinary(head) ? 'binary file' : `larger than 1 MiB (${size} bytes)` };
}
/** The bytes read (the first `length` of `data`), or why they are not scanned (binary). */
function readResult(data, length) {
    const buf = length === data.length ? data : data.subarray(0, length);
    return looksBinary(buf) ? { ok: false, reason: 'binary file' } : { ok: true, data: buf };
}
/** Why a symbolic link resolving to `target` (stat `st`) is not read; undefined when it may be. */
function linkRefusal(realRoot, target, st) {
    if (!inside(realRoot, target))
        return { ok: false, reason: 'symbolic link leading outside the repository' };
    if (!st)
        return { ok: false, reason: 'broken symbolic link' };
    if (st.isDirectory())
        return { ok: false, reason: 'symbolic link to a directory' };
    if (!st.isFile())
        return { ok: false };
    return undefined;
}
/**
 * readRepoFile with blocking calls, for worker threads: one thread reading page-cached files this way is about
 * four times faster than the same reads through the libuv pool (20,000 files: 0.3 s against 1.1 s), and each
 * worker thread reads its own share. Same rules and results as readRepoFile.
 *
 * The bytes are read into `scratch` (a buffer of MAX_FILE_BYTES + 1 bytes, from `readScratch()`, one per thread),
 * and the data returned is a view of it, valid until the next read into the same buffer: no allocation and no
 * fstat per file (a read that fills the first SCRATCH_FIRST bytes, or returns nothing, asks fstat whether the file
 * is regular and how large it is), and a file shorter than SCRATCH_FIRST is one read.
 */
function readRepoFileSync(root, rel, realRoot, scratch) {
    const opened = openRepoFileSync((0,external_node_path_namespaceObject.join)(root, rel), realRoot);
    if (typeof opened !== 'number')
        return opened;
    const fd = opened;
    try {
        return readInto(fd, scratch);
    }
    catch (e) {
        return { ok: false, reason: `unreadable (${e.code ?? 'error'})` };
    }
    finally {
        external_node_fs_namespaceObject.closeSync(fd);
    }
}
/** A buffer for readRepoFileSync's `scratch`: the largest file scanned and one byte more. */
function readScratch() {
    return Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
}
/** Bytes read into a scratch buffer first: a file that fills them is asked its size before the rest is read. */
const SCRATCH_FIRST = 64 * 1024;
/** Opens a repository file for reading (a symbolic link only to a regular file inside the repository). */
function openRepoFileSync(abs, realRoot) {
    try {
        if (O_NOFOLLOW !== undefined)
            return external_node_fs_namespaceObject.openSync(abs, READ_FLAGS | O_NOFOLLOW);
        if (external_node_fs_namespaceObject.lstatSync(abs).isSymbolicLink())
            throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
        return external_node_fs_namespaceObject.openSync(abs, READ_FLAGS);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { ok: false };
        if (code !== 'ELOOP' && code !== 'EMLINK')
            return { ok: false, reason: `unreadable (${code ?? 'error'})` };
    }
    let target;
    try {
        target = external_node_fs_namespaceObject.realpathSync(abs);
    }
    catch {
        return { ok: false, reason: 'broken symbolic link' };
    }
    let st;
    try {
        st = external_node_fs_namespaceObject.statSync(target);
    }
    catch {
        st = undefined;
    }
    const refused = linkRefusal(realRoot, target, st);
    if (refused)
        return refused;
    try {
        return external_node_fs_namespaceObject.openSync(target, READ_FLAGS);
    }
    catch (e2) {
        return { ok: false, reason: `unreadable (${e2.code ?? 'error'})` };
    }
}
/** An open file read into `buf` (see readRepoFileSync): a view of it, or why it is not scanned. */
function readInto(fd, buf) {
    let off;
    try {
        off = external_node_fs_namespaceObject.readSync(fd, buf, 0, SCRATCH_FIRST, 0);
    }
    catch (e) {
        // a directory (EISDIR), a named pipe without a writer (EAGAIN): not a file, nothing to report
        if (!isRegular(fd))
            return { ok: false };
        throw e;
    }
    // nothing (an empty file, or no file at all), or as much as asked: what is it, how large?
    if (off === 0 || off === SCRATCH_FIRST) {
        const st = external_node_fs_namespaceObject.fstatSync(fd);
        if (!st.isFile())
            return { ok: false };
        if (st.size > MAX_FILE_BYTES)
            return oversized(st.size, buf.subarray(0, Math.min(off, BINARY_SNIFF_BYTES)));
    }
    // a read shorter than asked ends a regular file (a local file's read is short only at its end: signals do not
    // interrupt it), so no second read looks for the end: one system call in four, at 20,000 files in two threads
    // whose system calls contend in the kernel
    if (off === SCRATCH_FIRST) {
        for (;;) {
            const n = external_node_fs_namespaceObject.readSync(fd, buf, off, buf.length - off, off);
            if (n === 0)
                break;
            off += n;
            // the file grew past the limit while it was read
            if (off > MAX_FILE_BYTES)
                return oversized(external_node_fs_namespaceObject.fstatSync(fd).size, buf.subarray(0, BINARY_SNIFF_BYTES));
        }
    }
    return readResult(buf, off);
}
function isRegular(fd) {
    try {
        return external_node_fs_namespaceObject.fstatSync(fd).isFile();
    }
    catch {
        return false;
    }
}
/** Decodes a file's bytes as UTF-8 text, without a byte-order mark (UTF-16 text with a byte-order mark too). */
function decodeText(data) {
    if (hasUtf16Bom(data))
        return new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
    const text = data.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Offset of the first byte that is not valid UTF-8, or -1 (UTF-16 text with a byte-order mark counts as valid). */
function invalidUtf8Offset(data) {
    if ((0,external_node_buffer_namespaceObject.isUtf8)(data) || hasUtf16Bom(data))
        return -1;
    // only for invalid files: find where, for the report
    let i = 0;
    while (i < data.length) {
        const b = data[i];
        const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (n < 0 || i + n >= data.length)
            return i;
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(data.subarray(i, i + n + 1)))
            return i;
        i += n + 1;
    }
    return -1;
}
/** The text of a repository file, or undefined when it is missing, binary, too large or a link out of the repository. */
async function readTextFile(root, rel) {
    const r = await readRepoFile(root, rel);
    return r.ok ? decodeText(r.data) : undefined;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var node_modules_picomatch = __nccwpck_require__(6);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./src/core/glob.ts

/**
 * Globs over repository paths as model-gate matches them everywhere: picomatch with `{ dot: true, nocase: true }`.
 * The shapes scanners and policies use most (`**\/*.md`, `**\/docs/**`, `**\/test_*.py`, `**\/templates/*.tpl`)
 * are tested with string operations on ASCII paths; picomatch compiles the others. Building and first running
 * picomatch matchers cost a few milliseconds at every start for globs a string test answers alike
 * (__tests__/core/glob.test.ts compares both on generated paths).
 */
function glob_globMatcher(globs) {
    const which = globMatchers([globs]);
    return (path) => which(path).length > 0;
}
/**
 * One matcher per list of globs, as `globMatcher` each, asked together: the indices of the lists that match
 * `path`. The path is checked and lower-cased once for all of them (a scan asks this of every file).
 */
function globMatchers(lists) {
    const sets = lists.map((globs) => {
        const fast = [];
        const rest = [];
        for (const g of globs) {
            const t = fastGlob(g);
            if (t)
                fast.push(t);
            else
                rest.push(g);
        }
        return {
            globs,
            fast,
            rest,
            slow: undefined,
            full: undefined,
        };
    });
    return (path) => {
        const out = [];
        // Only printable ASCII paths take the string tests: case folding beyond ASCII differs between toLowerCase and
        // a case-insensitive RegExp, and picomatch treats some characters of its own.
        if (!SAFE_PATH.test(path)) {
            sets.forEach((m, i) => {
                if (!m.globs.length)
                    return;
                m.full ??= picomatch_default()([...m.globs], { dot: true, nocase: true });
                if (m.full(path))
                    out.push(i);
            });
            return out;
        }
        const lower = path.toLowerCase();
        const base = lower.lastIndexOf('/') + 1;
        for (let i = 0; i < sets.length; i++) {
            const m = sets[i];
            let hit = false;
            for (const t of m.fast)
                if ((hit = t(lower, base)))
                    break;
            if (!hit && m.rest.length)
                hit = (m.slow ??= picomatch_default()(m.rest, { dot: true, nocase: true }))(path);
            if (hit)
                out.push(i);
        }
        return out;
    };
}
/** Paths the string tests read alike: printable ASCII, no leading `./`, no empty segment. */
const SAFE_PATH = /^(?!\.\/)(?!.*\/\/)(?!.*\/$)(?!\/)[\x20-\x5b\x5d-\x7e]+$/;
const LITERAL = /^[^*?[\]{}()!+@\\/]+$/;
/** A base-name pattern of literals and `*` (not crossing `/`), as a test of the lower-cased base name. */
function wildcardTest(pattern) {
    const parts = pattern.split('*');
    if (!parts.every((p) => p === '' || LITERAL.test(p)))
        return undefined;
    if (parts.length === 1)
        return (s, from) => s.length - from === pattern.length && s.startsWith(pattern, from);
    const head = parts[0];
    const tail = parts[parts.length - 1];
    const middle = parts.slice(1, -1).filter((p) => p !== '');
    const min = head.length + tail.length + middle.reduce((n, p) => n + p.length, 0);
    return (s, from) => {
        if (s.length - from < min || !s.startsWith(head, from) || !s.endsWith(tail))
            return false;
        // Leftmost placement of each middle part between head and tail: a match exists iff this one fits.
        let at = from + head.length;
        const end = s.length - tail.length;
        for (const p of middle) {
            const i = s.indexOf(p, at);
            if (i < 0 || i + p.length > end)
                return false;
            at = i + p.length;
        }
        return true;
    };
}
/**
 * A string test for `**`, `**\/P`, `**\/D/**` and `**\/D/P` (D a literal folder name, P literals and `*`);
 * undefined for any other glob.
 */
function fastGlob(glob) {
    if (!/^[\x20-\x7e]+$/.test(glob))
        return undefined;
    if (glob === '**')
        return () => true;
    if (!glob.startsWith('**/'))
        return undefined;
    const rest = glob.slice(3).toLowerCase();
    const segs = rest.split('/');
    if (segs.length === 1) {
        return wildcardTest(rest);
    }
    if (segs.length !== 2 || !LITERAL.test(segs[0]))
        return undefined;
    const dir = segs[0];
    if (segs[1] === '**') {
        // Any segment, the last included (picomatch: `**/docs/**` matches `docs` and `a/docs`).
        return (p) => {
            let from = 0;
            for (;;) {
                const slash = p.indexOf('/', from);
                const end = slash < 0 ? p.length : slash;
                if (end - from === dir.length && p.startsWith(dir, from))
                    return true;
                if (slash < 0)
                    return false;
                from = slash + 1;
            }
        };
    }
    const t = wildcardTest(segs[1]);
    if (!t)
        return undefined;
    return (p, base) => {
        if (base === 0)
            return false;
        const parentStart = p.lastIndexOf('/', base - 2) + 1;
        return base - 1 - parentStart === dir.length && p.startsWith(dir, parentStart) && t(p, base);
    };
}

;// CONCATENATED MODULE: ./src/discover/scan-file.ts




/** Extensions of files that are binary by nature: their first 8 KiB are checked before the rest is read. */
const BINARY_EXT_RE = /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|jar|war|whl|egg|so|dylib|dll|exe|o|a|lib|obj|class|pyc|pyo|wasm|woff2?|ttf|otf|eot|mp[34]|m4a|wav|flac|ogg|webm|mov|avi|mkv|gguf|ggml|safetensors|bin|pt|pth|ckpt|onnx|pb|h5|hdf5|tflite|npy|npz|pkl|pickle|parquet|arrow|feather|sqlite|db|lance|msgpack)$/i;
/** Reasons of `skipped` entries that are not shown as "not scanned": nothing could be missed there. */
function isBenignSkip(reason) {
    return reason === 'binary file' || reason.endsWith(', not code');
}
/**
 * The scanners of a run, compiled once: which of them read a path, and the literal needles a file must hold
 * (on its raw bytes) before any of them decodes or lexes it.
 */
class ScannerSet {
    scanners;
    matchers;
    /** Per scanner: one test of its needles (undefined: it reads every file it matches). */
    triggers;
    prefilters = new Map();
    constructor(scanners) {
        this.scanners = scanners;
        this.matchers = globMatchers(scanners.map((s) => s.fileMatch));
        this.triggers = scanners.map((s) => (s.triggers ? needleTest(s.triggers) : undefined));
    }
    /** Indices of the scanners that read `path` (by their fileMatch). */
    applicable(path) {
        return this.matchers(path);
    }
    /** One combined test of every needle of these scanners; null when one of them reads every file it matches. */
    prefilter(which) {
        const key = which.join(',');
        let re = this.prefilters.get(key);
        if (re === undefined) {
            re = which.some((i) => !this.triggers[i])
                ? null
                : needleTest(which.flatMap((i) => this.scanners[i].triggers ?? []));
            this.prefilters.set(key, re);
        }
        return re;
    }
    /**
     * Scans one file's bytes with the scanners `which`. A file that holds none of their needles is neither
     * decoded nor lexed, nor is it by a scanner whose exact pre-filter (`mayHold`) declines it (unless `full`). Never throws: a scanner that gives up (its time or work budget, its reference cap) or
     * fails is a `skipped` reason, and a reference cap keeps the first references. Options: see ScanDataOptions.
     */
    scanData(path, data, which, ctx, opts = {}) {
        const { full = false, handOff = false, again = false } = opts;
        const result = { references: [], skipped: [] };
        const report = generatedReport(path, data);
        if (report) {
            result.skipped.push({ path, reason: `${report}, not code` });
            return result;
        }
        // UTF-16 text (a byte-order mark): its needles are found in its UTF-8 form
        if (hasUtf16Bom(data))
            data = Buffer.from(decodeText(data), 'utf8');
        const bad = invalidUtf8Offset(data);
        // a PDF, an image or an archive without a NUL byte in its first 8 KiB: binary all the same, not text to read
        if (bad !== -1 && BINARY_EXT_RE.test(path)) {
            result.skipped.push({ path, reason: 'binary file' });
            return result;
        }
        if (bad !== -1 && !again) {
            result.skipped.push({
                path,
                reason: `not valid UTF-8 (byte ${bad}): scanned with replacement characters for the invalid bytes`,
            });
        }
        // latin1 keeps bytes as they are: ASCII needles match exactly where they would in the UTF-8 text
        const bytes = data.toString('latin1');
        const re = this.prefilter(which);
        if (re && !re.test(bytes))
            return result;
        let text;
        for (const i of which) {
            const scanner = this.scanners[i];
            const triggers = this.triggers[i];
            if (triggers && which.length > 1 && !triggers.test(bytes))
                continue;
            // ASCII (most code): the latin1 string is the text, without a second decoding
            text ??= (0,external_node_buffer_namespaceObject.isAscii)(data) ? bytes : decodeText(data);
            // the scanner's exact pre-filter: nothing to find without lexing (class fields aside, when it says so)
            if (!full && scanner.mayHold) {
                if (!scanner.mayHold(text, path, ctx)) {
                    if (scanner.mayHoldSkipsFields)
                        (result.deferred ??= []).push(i);
                    continue;
                }
                if (handOff) {
                    (result.handedOff ??= []).push(i);
                    continue;
                }
            }
            // never throws: over a scanner's budget or reference cap, the file comes back with the reason to list
            // (and the references found up to the cap)
            const found = runScanner(scanner, text, path, ctx);
            for (const r of found.references)
                result.references.push(r);
            if (found.facts)
                (result.facts ??= []).push(found.facts);
            if (found.notScanned)
                result.skipped.push({ path, reason: found.notScanned.reason });
        }
        return result;
    }
}
/** One regular expression that finds any of the literal needles. */
function needleTest(needles) {
    return new RegExp([...new Set(needles)].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}
/**
 * Reports that name models without loading them (a CycloneDX BOM, a SARIF log, a model-gate JSON report,
 * often model-gate's own output) would otherwise be read as references.
 */
function generatedReport(path, data) {
    if (!/\.(json|sarif)$/i.test(path))
        return undefined;
    const head = data.subarray(0, 4096).toString('latin1');
    if (/"bomFormat"\s*:\s*"CycloneDX"/.test(head))
        return 'a CycloneDX BOM';
    if (/\.sarif$/i.test(path) || (/"runs"\s*:/.test(head) && /"version"\s*:\s*"2\.1\.0"/.test(head)))
        return 'a SARIF log';
    if (/"verdict"\s*:\s*"(pass|fail)"/.test(head) && /"models"\s*:/.test(head))
        return 'a model-gate report';
    return undefined;
}
/**
 * The names of the class fields that files read into model parameters from another module (`fieldUses`): a file
 * whose scanner's pre-filter declined it (`FileResult.deferred`) is scanned in full when it holds one of them,
 * since only then can its field defaults join a reading.
 */
function fieldReaders(facts) {
    const names = new Set();
    for (const f of facts)
        for (const u of f.fieldUses ?? [])
            if (u.name)
                names.add(u.name);
    return [...names];
}

;// CONCATENATED MODULE: ./src/discover/worker.ts





/**
 * The loop of a scan worker thread (see pool.ts): reads each file of a batch with blocking calls, scans it, and
 * answers once per batch with the files that gave something. Before each file it writes, in shared memory, the
 * batch and the file it is on, so that the parent can stop it when one file takes too long.
 */
function runScanWorker() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        throw new Error('runScanWorker runs in a worker thread');
    const init = external_node_worker_threads_namespaceObject.workerData;
    const byName = new Map(scanners.map((s) => [s.name, s]));
    const set = new ScannerSet(init.scanners.map((n) => {
        const s = byName.get(n);
        if (!s)
            throw new Error(`unknown scanner ${n}`);
        return s;
    }));
    const catalog = init.catalog === 'shipped'
        ? loadCatalog()
        : init.catalog
            ? new Catalog(init.catalog.licenses, init.catalog.models, init.catalog.rules ?? {})
            : undefined;
    const ctx = { ...init.ctx, isKnownModel: (id) => catalog?.isKnownModel(id) ?? false };
    const progress = new Int32Array(init.progress);
    // every file is read into one buffer: its bytes are scanned before the next file is read
    const scratch = readScratch();
    port.on('message', (b) => {
        const done = { id: b.id, results: [] };
        for (let i = 0; i < b.files.length; i++) {
            // the file first, then the batch: the parent never pairs this batch with the previous one's file
            Atomics.store(progress, 1, i);
            Atomics.store(progress, 0, b.id);
            const { path, which, handed } = b.files[i];
            const r = readRepoFileSync(init.root, path, init.realRoot, scratch);
            if (!r.ok) {
                if (r.reason)
                    done.results.push({ i, references: [], skipped: [{ path, reason: r.reason }] });
                continue;
            }
            const fr = set.scanData(path, r.data, which, ctx, { handOff: b.handOff === true, again: handed === true });
            const { deferred, handedOff, ...found } = fr;
            if (found.references.length || found.skipped.length || found.facts)
                done.results.push({ i, ...found });
            // set aside by a pre-filter, or handed to the analysing worker: two numbers per scanner, cheaper to post
            // than a result each
            if (deferred)
                for (const s of deferred)
                    (done.deferred ??= []).push(i, s);
            if (handedOff)
                for (const s of handedOff)
                    (done.handedOff ??= []).push(i, s);
        }
        port.postMessage(done);
    });
    port.postMessage({ ready: true });
}

;// CONCATENATED MODULE: ./src/discover/worker-main.ts
// The entry of the scan worker bundle (dist/scan-worker/index.js), started by discover/pool.ts.

runScanWorker();


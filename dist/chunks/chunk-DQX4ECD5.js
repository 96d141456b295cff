#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  endGroup,
  info,
  startGroup
} from "./chunk-XND34POZ.js";
import {
  context
} from "./chunk-NJ67MEJ2.js";
import {
  fail,
  normalP,
  parseWithPositions,
  position,
  validator
} from "./chunk-OQBL27BU.js";
import {
  TARGETS,
  UserError,
  VARIANT_STATUSES
} from "./chunk-NOZKRUWY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YWIP2CGA.js";

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path6, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path6.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat2, path6, options) {
      if (!stat2.isSymbolicLink() && !stat2.isFile()) {
        return false;
      }
      return checkPathExt(path6, options);
    }
    function isexe(path6, options, cb) {
      fs.stat(path6, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, path6, options));
      });
    }
    function sync(path6, options) {
      return checkStat(fs.statSync(path6), path6, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module) {
    module.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path6, options, cb) {
      fs.stat(path6, function(er, stat2) {
        cb(er, er ? false : checkStat(stat2, options));
      });
    }
    function sync(path6, options) {
      return checkStat(fs.statSync(path6), options);
    }
    function checkStat(stat2, options) {
      return stat2.isFile() && checkMode(stat2, options);
    }
    function checkMode(stat2, options) {
      var mod = stat2.mode;
      var uid = stat2.uid;
      var gid = stat2.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module.exports = isexe;
    isexe.sync = sync;
    function isexe(path6, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve7, reject) {
          isexe(path6, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve7(is);
            }
          });
        });
      }
      core(path6, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path6, options) {
      try {
        return core.sync(path6, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path6 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt2) => {
      const colon = opt2.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt2.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt2.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt2, cb) => {
      if (typeof opt2 === "function") {
        cb = opt2;
        opt2 = {};
      }
      if (!opt2)
        opt2 = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt2);
      const found = [];
      const step = (i2) => new Promise((resolve7, reject) => {
        if (i2 === pathEnv.length)
          return opt2.all && found.length ? resolve7(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path6.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve7(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve7, reject) => {
        if (ii === pathExt.length)
          return resolve7(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt2.all)
              found.push(p + ext);
            else
              return resolve7(p + ext);
          }
          return resolve7(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt2) => {
      opt2 = opt2 || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt2);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path6.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt2.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt2.all && found.length)
        return found;
      if (opt2.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module.exports = pathKey2;
    module.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module) {
    "use strict";
    var path6 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path6.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path6.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module.exports.command = escapeCommand;
    module.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module) {
    "use strict";
    module.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path6, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path6.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module) {
    "use strict";
    var path6 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path6.normalize(parsed.command);
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module.exports = parse;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name3, arg1) {
        if (name3 === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module) {
    "use strict";
    var cp = __require("child_process");
    var parse = require_parse();
    var enoent = require_enoent();
    function spawn2(command, args, options) {
      const parsed = parse(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module.exports = spawn2;
    module.exports.spawn = spawn2;
    module.exports.sync = spawnSync2;
    module.exports._parse = parse;
    module.exports._enoent = enoent;
  }
});

// src/sources/sources.ts
import { existsSync } from "node:fs";
import { mkdir as mkdir2, mkdtemp, readFile, rename, rm, writeFile as writeFile2 } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname as dirname2, join as join3, resolve } from "node:path";

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath } from "node:url";
var safeNormalizeFileUrl = (file, name3) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name3} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new StringDecoder(encoding);
  const strings = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings : [...strings, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index2 = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index2);
    index2 += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index2, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index: index2,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index: index2, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index2]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index2]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index2 === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index2];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "\u2588",
  squareDarkShade: "\u2593",
  squareMediumShade: "\u2592",
  squareLightShade: "\u2591",
  squareTop: "\u2580",
  squareBottom: "\u2584",
  squareLeft: "\u258C",
  squareRight: "\u2590",
  squareCenter: "\u25A0",
  bullet: "\u25CF",
  dot: "\u2024",
  ellipsis: "\u2026",
  pointerSmall: "\u203A",
  triangleUp: "\u25B2",
  triangleUpSmall: "\u25B4",
  triangleDown: "\u25BC",
  triangleDownSmall: "\u25BE",
  triangleLeftSmall: "\u25C2",
  triangleRightSmall: "\u25B8",
  home: "\u2302",
  heart: "\u2665",
  musicNote: "\u266A",
  musicNoteBeamed: "\u266B",
  arrowUp: "\u2191",
  arrowDown: "\u2193",
  arrowLeft: "\u2190",
  arrowRight: "\u2192",
  arrowLeftRight: "\u2194",
  arrowUpDown: "\u2195",
  almostEqual: "\u2248",
  notEqual: "\u2260",
  lessOrEqual: "\u2264",
  greaterOrEqual: "\u2265",
  identical: "\u2261",
  infinity: "\u221E",
  subscriptZero: "\u2080",
  subscriptOne: "\u2081",
  subscriptTwo: "\u2082",
  subscriptThree: "\u2083",
  subscriptFour: "\u2084",
  subscriptFive: "\u2085",
  subscriptSix: "\u2086",
  subscriptSeven: "\u2087",
  subscriptEight: "\u2088",
  subscriptNine: "\u2089",
  oneHalf: "\xBD",
  oneThird: "\u2153",
  oneQuarter: "\xBC",
  oneFifth: "\u2155",
  oneSixth: "\u2159",
  oneEighth: "\u215B",
  twoThirds: "\u2154",
  twoFifths: "\u2156",
  threeQuarters: "\xBE",
  threeFifths: "\u2157",
  threeEighths: "\u215C",
  fourFifths: "\u2158",
  fiveSixths: "\u215A",
  fiveEighths: "\u215D",
  sevenEighths: "\u215E",
  line: "\u2500",
  lineBold: "\u2501",
  lineDouble: "\u2550",
  lineDashed0: "\u2504",
  lineDashed1: "\u2505",
  lineDashed2: "\u2508",
  lineDashed3: "\u2509",
  lineDashed4: "\u254C",
  lineDashed5: "\u254D",
  lineDashed6: "\u2574",
  lineDashed7: "\u2576",
  lineDashed8: "\u2578",
  lineDashed9: "\u257A",
  lineDashed10: "\u257C",
  lineDashed11: "\u257E",
  lineDashed12: "\u2212",
  lineDashed13: "\u2013",
  lineDashed14: "\u2010",
  lineDashed15: "\u2043",
  lineVertical: "\u2502",
  lineVerticalBold: "\u2503",
  lineVerticalDouble: "\u2551",
  lineVerticalDashed0: "\u2506",
  lineVerticalDashed1: "\u2507",
  lineVerticalDashed2: "\u250A",
  lineVerticalDashed3: "\u250B",
  lineVerticalDashed4: "\u254E",
  lineVerticalDashed5: "\u254F",
  lineVerticalDashed6: "\u2575",
  lineVerticalDashed7: "\u2577",
  lineVerticalDashed8: "\u2579",
  lineVerticalDashed9: "\u257B",
  lineVerticalDashed10: "\u257D",
  lineVerticalDashed11: "\u257F",
  lineDownLeft: "\u2510",
  lineDownLeftArc: "\u256E",
  lineDownBoldLeftBold: "\u2513",
  lineDownBoldLeft: "\u2512",
  lineDownLeftBold: "\u2511",
  lineDownDoubleLeftDouble: "\u2557",
  lineDownDoubleLeft: "\u2556",
  lineDownLeftDouble: "\u2555",
  lineDownRight: "\u250C",
  lineDownRightArc: "\u256D",
  lineDownBoldRightBold: "\u250F",
  lineDownBoldRight: "\u250E",
  lineDownRightBold: "\u250D",
  lineDownDoubleRightDouble: "\u2554",
  lineDownDoubleRight: "\u2553",
  lineDownRightDouble: "\u2552",
  lineUpLeft: "\u2518",
  lineUpLeftArc: "\u256F",
  lineUpBoldLeftBold: "\u251B",
  lineUpBoldLeft: "\u251A",
  lineUpLeftBold: "\u2519",
  lineUpDoubleLeftDouble: "\u255D",
  lineUpDoubleLeft: "\u255C",
  lineUpLeftDouble: "\u255B",
  lineUpRight: "\u2514",
  lineUpRightArc: "\u2570",
  lineUpBoldRightBold: "\u2517",
  lineUpBoldRight: "\u2516",
  lineUpRightBold: "\u2515",
  lineUpDoubleRightDouble: "\u255A",
  lineUpDoubleRight: "\u2559",
  lineUpRightDouble: "\u2558",
  lineUpDownLeft: "\u2524",
  lineUpBoldDownBoldLeftBold: "\u252B",
  lineUpBoldDownBoldLeft: "\u2528",
  lineUpDownLeftBold: "\u2525",
  lineUpBoldDownLeftBold: "\u2529",
  lineUpDownBoldLeftBold: "\u252A",
  lineUpDownBoldLeft: "\u2527",
  lineUpBoldDownLeft: "\u2526",
  lineUpDoubleDownDoubleLeftDouble: "\u2563",
  lineUpDoubleDownDoubleLeft: "\u2562",
  lineUpDownLeftDouble: "\u2561",
  lineUpDownRight: "\u251C",
  lineUpBoldDownBoldRightBold: "\u2523",
  lineUpBoldDownBoldRight: "\u2520",
  lineUpDownRightBold: "\u251D",
  lineUpBoldDownRightBold: "\u2521",
  lineUpDownBoldRightBold: "\u2522",
  lineUpDownBoldRight: "\u251F",
  lineUpBoldDownRight: "\u251E",
  lineUpDoubleDownDoubleRightDouble: "\u2560",
  lineUpDoubleDownDoubleRight: "\u255F",
  lineUpDownRightDouble: "\u255E",
  lineDownLeftRight: "\u252C",
  lineDownBoldLeftBoldRightBold: "\u2533",
  lineDownLeftBoldRightBold: "\u252F",
  lineDownBoldLeftRight: "\u2530",
  lineDownBoldLeftBoldRight: "\u2531",
  lineDownBoldLeftRightBold: "\u2532",
  lineDownLeftRightBold: "\u252E",
  lineDownLeftBoldRight: "\u252D",
  lineDownDoubleLeftDoubleRightDouble: "\u2566",
  lineDownDoubleLeftRight: "\u2565",
  lineDownLeftDoubleRightDouble: "\u2564",
  lineUpLeftRight: "\u2534",
  lineUpBoldLeftBoldRightBold: "\u253B",
  lineUpLeftBoldRightBold: "\u2537",
  lineUpBoldLeftRight: "\u2538",
  lineUpBoldLeftBoldRight: "\u2539",
  lineUpBoldLeftRightBold: "\u253A",
  lineUpLeftRightBold: "\u2536",
  lineUpLeftBoldRight: "\u2535",
  lineUpDoubleLeftDoubleRightDouble: "\u2569",
  lineUpDoubleLeftRight: "\u2568",
  lineUpLeftDoubleRightDouble: "\u2567",
  lineUpDownLeftRight: "\u253C",
  lineUpBoldDownBoldLeftBoldRightBold: "\u254B",
  lineUpDownBoldLeftBoldRightBold: "\u2548",
  lineUpBoldDownLeftBoldRightBold: "\u2547",
  lineUpBoldDownBoldLeftRightBold: "\u254A",
  lineUpBoldDownBoldLeftBoldRight: "\u2549",
  lineUpBoldDownLeftRight: "\u2540",
  lineUpDownBoldLeftRight: "\u2541",
  lineUpDownLeftBoldRight: "\u253D",
  lineUpDownLeftRightBold: "\u253E",
  lineUpBoldDownBoldLeftRight: "\u2542",
  lineUpDownLeftBoldRightBold: "\u253F",
  lineUpBoldDownLeftBoldRight: "\u2543",
  lineUpBoldDownLeftRightBold: "\u2544",
  lineUpDownBoldLeftBoldRight: "\u2545",
  lineUpDownBoldLeftRightBold: "\u2546",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "\u256C",
  lineUpDoubleDownDoubleLeftRight: "\u256B",
  lineUpDownLeftDoubleRightDouble: "\u256A",
  lineCross: "\u2573",
  lineBackslash: "\u2572",
  lineSlash: "\u2571"
};
var specialMainSymbols = {
  tick: "\u2714",
  info: "\u2139",
  warning: "\u26A0",
  cross: "\u2718",
  squareSmall: "\u25FB",
  squareSmallFilled: "\u25FC",
  circle: "\u25EF",
  circleFilled: "\u25C9",
  circleDotted: "\u25CC",
  circleDouble: "\u25CE",
  circleCircle: "\u24DE",
  circleCross: "\u24E7",
  circlePipe: "\u24BE",
  radioOn: "\u25C9",
  radioOff: "\u25EF",
  checkboxOn: "\u2612",
  checkboxOff: "\u2610",
  checkboxCircleOn: "\u24E7",
  checkboxCircleOff: "\u24BE",
  pointer: "\u276F",
  triangleUpOutline: "\u25B3",
  triangleLeft: "\u25C0",
  triangleRight: "\u25B6",
  lozenge: "\u25C6",
  lozengeOutline: "\u25C7",
  hamburger: "\u2630",
  smiley: "\u32E1",
  mustache: "\u0DF4",
  star: "\u2605",
  play: "\u25B6",
  nodejs: "\u2B22",
  oneSeventh: "\u2150",
  oneNinth: "\u2151",
  oneTenth: "\u2152"
};
var specialFallbackSymbols = {
  tick: "\u221A",
  info: "i",
  warning: "\u203C",
  cross: "\xD7",
  squareSmall: "\u25A1",
  squareSmallFilled: "\u25A0",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(\u25CB)",
  circleCross: "(\xD7)",
  circlePipe: "(\u2502)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[\xD7]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(\xD7)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "\u2206",
  triangleLeft: "\u25C4",
  triangleRight: "\u25BA",
  lozenge: "\u2666",
  lozengeOutline: "\u25CA",
  hamburger: "\u2261",
  smiley: "\u263A",
  mustache: "\u250C\u2500\u2510",
  star: "\u2736",
  play: "\u25BA",
  nodejs: "\u2666",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format = (open4, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open4}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index2 = string.indexOf(closeCode);
    if (index2 === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index2 !== -1) {
      result += string.slice(lastIndex, index2) + replaceCode;
      lastIndex = index2 + closeCode.length;
      index2 = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format(0, 0);
var bold = format(1, 22);
var dim = format(2, 22);
var italic = format(3, 23);
var underline = format(4, 24);
var underlineDouble = format("4:2", 24);
var underlineCurly = format("4:3", 24);
var underlineDotted = format("4:4", 24);
var underlineDashed = format("4:5", 24);
var overline = format(53, 55);
var inverse = format(7, 27);
var hidden = format(8, 28);
var strikethrough = format(9, 29);
var black = format(30, 39);
var red = format(31, 39);
var green = format(32, 39);
var yellow = format(33, 39);
var blue = format(34, 39);
var magenta = format(35, 39);
var cyan = format(36, 39);
var white = format(37, 39);
var gray = format(90, 39);
var bgBlack = format(40, 49);
var bgRed = format(41, 49);
var bgGreen = format(42, 49);
var bgYellow = format(43, 49);
var bgBlue = format(44, 49);
var bgMagenta = format(45, 49);
var bgCyan = format(46, 49);
var bgWhite = format(47, 49);
var bgGray = format(100, 49);
var redBright = format(91, 39);
var greenBright = format(92, 39);
var yellowBright = format(93, 39);
var blueBright = format(94, 39);
var magentaBright = format(95, 39);
var cyanBright = format(96, 39);
var whiteBright = format(97, 39);
var bgRedBright = format(101, 49);
var bgGreenBright = format(102, 49);
var bgYellowBright = format(103, 49);
var bgBlueBright = format(104, 49);
var bgMagentaBright = format(105, 49);
var bgCyanBright = format(106, 49);
var bgWhiteBright = format(107, 49);
var underlineBlack = format("58;5;0", 59);
var underlineRed = format("58;5;1", 59);
var underlineGreen = format("58;5;2", 59);
var underlineYellow = format("58;5;3", 59);
var underlineBlue = format("58;5;4", 59);
var underlineMagenta = format("58;5;5", 59);
var underlineCyan = format("58;5;6", 59);
var underlineWhite = format("58;5;7", 59);
var underlineGray = format("58;5;8", 59);
var underlineRedBright = format("58;5;9", 59);
var underlineGreenBright = format("58;5;10", 59);
var underlineYellowBright = format("58;5;11", 59);
var underlineBlueBright = format("58;5;12", 59);
var underlineMagentaBright = format("58;5;13", 59);
var underlineCyanBright = format("58;5;14", 59);
var underlineWhiteBright = format("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field2, padding) => String(field2).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path5 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path2 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var execFileOriginal = promisify(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath2(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path2.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path2.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path2.delimiter ? `${result.join(path2.delimiter)}${pathOption}` : [...result, pathOption].join(path2.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path2.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path2.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants2 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index2) => ({
  name: `SIGRT${index2 + 1}`,
  number: SIGRTMIN + index2,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name: name3,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name3]: constantSignal }
  } = constants;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name: name3, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name: name3,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name3, { name: name3, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name: name3, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name: name3,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name: name3 }) => constants2.signals[name3] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants3.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants3.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants3.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants3.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants3.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context: context2, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context: context2,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context: context2, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context: context2,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context: context2, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context2.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal2) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal2 });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context: context2, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context2, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context2, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context2.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify2 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code: code2, message }) => SERIALIZATION_ERROR_CODES.has(code2) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve7, reject) => {
    Object.assign(methods, { resolve: resolve7, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify2(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context: context2,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context: context2,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context: context2, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context: context2,
    controllerSignal: signal
  });
  context2.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout2 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context2, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context2, controller)];
var killAfterTimeout = async (subprocess, timeout, context2, { signal }) => {
  await setTimeout2(timeout, void 0, { signal });
  context2.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path3 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path3.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path3.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync } from "node:fs";
import path4 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path4.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process6.platform === "win32" && path5.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold: threshold2, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold2} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold2 = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold: threshold2, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold: threshold2, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode !== void 0) {
    return `Command failed with exit code ${exitCode}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count2) => count2 === 1 || count2 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds2 = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds2, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "\xB5s");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds2 = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds2, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync2 } from "node:fs";

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index2, newTransforms, direction2) => direction2 === "output" ? getOutputObjectModes(objectMode, index2, newTransforms) : getInputObjectModes(objectMode, index2, newTransforms);
var getOutputObjectModes = (objectMode, index2, newTransforms) => {
  const writableObjectMode = index2 !== 0 && newTransforms[index2 - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index2, newTransforms) => {
  const writableObjectMode = index2 === 0 ? objectMode === true : newTransforms[index2 - 1].value.readableObjectMode;
  const readableObjectMode = index2 !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction2) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction2 === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction2, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction2, options)
];
var getTransforms = (stdioItems, optionName, direction2, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index2, stdioItem] of Object.entries(transforms)) {
    newTransforms[index2] = normalizeTransform({
      stdioItem,
      index: Number(index2),
      newTransforms,
      optionName,
      direction: direction2,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction2);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index: index2, newTransforms, optionName, direction: direction2, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index: index2,
      newTransforms,
      direction: direction2
    });
  }
  return normalizeGenerator({
    stdioItem,
    index: index2,
    newTransforms,
    direction: direction2,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index: index2, newTransforms, direction: direction2 }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index2, newTransforms, direction2);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index: index2, newTransforms, direction: direction2, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index2, newTransforms, direction2);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction2) => direction2 === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction: direction2, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction: direction2 }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction: direction2 }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction: direction2
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction: direction2 }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction2 === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array(readFileSync(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction: direction2, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction: direction2
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction: direction2
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction: direction2, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction: direction2 }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction: direction2 }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction: direction2
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction: direction2 }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction2);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction2 === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction2 = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction: direction2,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction2, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction2);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction: direction2, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction: direction2, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction: direction2,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction: direction2, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction: direction2, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction: direction2,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction2][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync2(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync2(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start2 = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start2 + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start2 = end;
    }
  }
  if (start2 !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start2 + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index2) {
  if (index2 === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index2];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index2 + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index2, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index2), generators);
  }
};
var generatorFinalChunks = async function* (final, index2, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index2 + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index2) {
  if (index2 === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index2];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index2 + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index2, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index2), generators);
  }
};
var generatorFinalChunksSync = function* (final, index2, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index2 + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction: direction2 }]) => direction2 === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path6, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path6 === "string" ? path6 : path6.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path6, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync(path6, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context2) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context2.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = process8;
  const isSubprocess = true;
  const ipc = process8.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = Duplex2.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
    webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: Readable2.from(value) }),
    asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
    string: ({ value }) => ({ stream: Readable2.from(value) }),
    uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction: direction2 }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction2, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction: direction2,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction2, fdNumber) => {
  if (direction2 === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction: direction2, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction2 === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list2 = this.listeners[ev];
    const i2 = list2.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list2.length === 1) {
      list2.length = 0;
    } else {
      list2.splice(i2, 1);
    }
  }
  emit(ev, code2, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code2, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code2, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count2 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count2 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count2) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code2) => {
      return this.#processReallyExit(code2);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code2) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code2 || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
  try {
    if (readableObjectMode || lines) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished5(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines[1] || lines[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context: context2,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context2);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context2, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context: context2,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context: context2,
        controller
      })
    ]);
  } catch (error) {
    context2.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve7 = promise.resolve.bind(promise);
  return { resolve: resolve7, promises };
};
var waitForConcurrentStreams = async ({ resolve: resolve7, promises }, subprocess) => {
  resolve7();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable3({
    read,
    destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new Writable3({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify3(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context2 = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context: context2,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context: context2,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context: context2, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context: context2,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context: context2,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context: context2, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context2.terminationReason === "timeout",
  isCanceled: context2.terminationReason === "cancel" || context2.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context2.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context2.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/sources/archive.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function downloadTree(url, work, timeoutMs) {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const archive = join(work, "src.tar.gz");
  await writeFile(archive, Buffer.from(await res.arrayBuffer()));
  const tree = join(work, "tree");
  await mkdir(tree);
  await execa("tar", ["-xzf", archive, "-C", tree, "--strip-components=1"]);
  return tree;
}

// src/sources/treehash.ts
import { createHash } from "node:crypto";
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync as readFileSync3, readlinkSync, symlinkSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
var STAMP_FILE = ".wmb-source.json";
var IGNORED = /* @__PURE__ */ new Set([".git", "__pycache__", STAMP_FILE]);
function walk(root, rel = "", out = []) {
  for (const e of readdirSync(join2(root, rel), { withFileTypes: true })) {
    if (IGNORED.has(e.name)) continue;
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(root, p, out);
    else out.push(p);
  }
  return out;
}
var kind = (st) => st.isSymbolicLink() ? "link" : Number(st.mode) & 73 ? "exec" : "file";
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const f of walk(from)) {
    const src = join2(from, f);
    const dest = join2(to, f);
    mkdirSync(dirname(dest), { recursive: true });
    if (lstatSync(src).isSymbolicLink()) symlinkSync(readlinkSync(src), dest);
    else copyFileSync(src, dest);
  }
}
async function treeHash(root) {
  const all = createHash("sha256");
  for (const f of walk(root).sort()) {
    const full = join2(root, f);
    const st = lstatSync(full);
    const content = st.isSymbolicLink() ? Buffer.from(readlinkSync(full)) : readFileSync3(full);
    all.update(`${f}\0${kind(st)}\0${createHash("sha256").update(content).digest("hex")}
`);
  }
  return `sha256:${all.digest("hex")}`;
}
function treeStamp(root) {
  const all = createHash("sha256");
  for (const f of walk(root).sort()) {
    const st = lstatSync(join2(root, f), { bigint: true });
    all.update(`${f}\0${kind(st)}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}
`);
  }
  return `sha256:${all.digest("hex")}`;
}

// src/sources/sources.ts
var manifestSchema = {
  type: "object",
  propertyNames: { pattern: "^[a-z][a-z0-9_]*$" },
  additionalProperties: {
    type: "object",
    additionalProperties: false,
    required: ["title", "repo", "commit", "version", "used_by"],
    properties: {
      title: { type: "string" },
      note: { type: "string" },
      repo: { type: "string", pattern: "^[\\w.-]+/[\\w.-]+$" },
      commit: { type: "string", pattern: "^([0-9a-f]{40}|v[\\w.+-]+)$" },
      version: { type: "string" },
      tree: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
      used_by: { type: "array", items: { type: "string", pattern: "^(runtime|stack):[\\w-]+$" } }
    }
  }
};
var validate = validator(manifestSchema);
var parseManifest = (file, text) => validate(parseWithPositions(file, text));
async function loadManifest(firmwareDir) {
  const file = join3(firmwareDir, "sources.json");
  return parseManifest(file, await readFile(file, "utf8"));
}
var envName = (name3) => `WASM_MCU_BENCH_SOURCE_${name3.toUpperCase()}`;
var cmakeName = (name3) => `WMB_SOURCE_${name3.toUpperCase()}`;
function cacheRoot(env = process.env) {
  return resolve(env.WASM_MCU_BENCH_CACHE ?? join3(env.XDG_CACHE_HOME ?? join3(homedir(), ".cache"), "wasm-mcu-bench"));
}
var cachedDir = (root, name3, pin) => join3(root, "sources", `${name3}-${pin.commit}`, name3);
function sourcesFor(v, manifest) {
  return Object.entries(manifest).filter(([, pin]) => pin.used_by.includes(`runtime:${v.runtime}`) || pin.used_by.includes(`stack:${v.stack}`)).map(([name3]) => name3);
}
var SourceHashError = class extends UserError {
};
var hashPattern = "^sha256:[0-9a-f]{64}$";
var parseStamp = (file, text) => validator({
  type: "object",
  additionalProperties: false,
  required: ["name", "commit", "tree"],
  properties: {
    name: { type: "string" },
    commit: { type: "string" },
    tree: { type: "string", pattern: hashPattern },
    unverified: { const: true },
    stamp: { type: "string", pattern: hashPattern }
  }
})(parseWithPositions(file, text));
async function addToCache(root, name3, pin, from, move = false) {
  await mkdir2(join3(root, "sources"), { recursive: true });
  const staging = await mkdtemp(join3(root, "sources", `.${name3}-`));
  try {
    const staged = join3(staging, "tree");
    if (move) await rename(from, staged);
    else copyTree(from, staged);
    const tree = await treeHash(staged);
    if (pin.tree && tree !== pin.tree)
      throw new SourceHashError(`source ${name3} (${pin.title} ${pin.version}): tree hash ${tree} does not match the pinned ${pin.tree}; nothing is built from it`);
    const stamp = { name: name3, commit: pin.commit, tree, ...pin.tree ? {} : { unverified: true }, stamp: treeStamp(staged) };
    await writeFile2(join3(staged, STAMP_FILE), `${JSON.stringify(stamp)}
`);
    const dest = cachedDir(root, name3, pin);
    await rm(dest, { recursive: true, force: true });
    await mkdir2(dirname2(dest), { recursive: true });
    await rename(staged, dest);
    return { dir: dest, tree, verification: pin.tree ? "verified" : "unverified" };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
async function fromCache(root, name3, pin) {
  const dir = cachedDir(root, name3, pin);
  const file = join3(dir, STAMP_FILE);
  const text = await readFile(file, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const cached = parseStamp(file, text);
  if (pin.tree && cached.tree !== pin.tree) return void 0;
  if (cached.stamp !== treeStamp(dir)) {
    const now = await treeHash(dir);
    if (now !== cached.tree)
      throw new SourceHashError(`source ${name3} (${pin.title} ${pin.version}): the cached tree ${dir} was changed after it was cached (tree hash ${now}, cached as ${cached.tree}); nothing is built from it. Delete that folder, then ${pin.tree ? "run again to download it, or " : ""}import the tree again with \`wasm-mcu-bench sources import ${name3} DIR\``);
  }
  return { name: name3, pin, dir, origin: "cache", tree: cached.tree, verification: pin.tree ? "verified" : "unverified" };
}
var archiveUrl = (pin, template = "https://codeload.github.com/{repo}/tar.gz/{commit}") => template.replace("{repo}", pin.repo).replace("{commit}", pin.commit);
async function download(root, name3, pin, timeoutMs, template) {
  const url = archiveUrl(pin, template);
  await mkdir2(join3(root, "sources"), { recursive: true });
  const tmp = await mkdtemp(join3(root, "sources", `.download-${name3}-`));
  try {
    return (await addToCache(root, name3, pin, await downloadTree(url, tmp, timeoutMs), true)).dir;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
var DOWNLOAD_TIMEOUT_MS = 12e4;
async function resolveSource(name3, pin, o2 = {}) {
  const env = o2.env ?? process.env;
  const override = env[envName(name3)];
  if (override) {
    if (!existsSync(override)) throw new UserError(`${envName(name3)}=${override}: no such directory`);
    const tree = await treeHash(override);
    return { name: name3, pin, dir: resolve(override), origin: "override", tree, verification: !pin.tree ? "unverified" : tree === pin.tree ? "verified" : "differs" };
  }
  const root = o2.cache ?? cacheRoot(env);
  const cached = await fromCache(root, name3, pin);
  if (cached) return cached;
  if (!pin.tree)
    return { name: name3, pin, unavailable: `source unavailable (${name3}): ${pin.title} ${pin.version} has no recorded tree hash, so it is never downloaded; set ${envName(name3)} to a checkout of ${pin.repo} at ${pin.version}, or import one into the cache (it is recorded as unverified) with \`wasm-mcu-bench sources import ${name3} DIR\`` };
  const timeout = o2.downloadTimeoutMs ?? Number(env.WASM_MCU_BENCH_DOWNLOAD_TIMEOUT_MS ?? DOWNLOAD_TIMEOUT_MS);
  if (timeout <= 0) return { name: name3, pin, unavailable: `source unavailable (${name3}): not in the cache and downloads are off; set ${envName(name3)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name3} DIR\`` };
  try {
    return { name: name3, pin, dir: await download(root, name3, pin, timeout, env.WASM_MCU_BENCH_ARCHIVE_URL), origin: "download", tree: pin.tree, verification: "verified" };
  } catch (e) {
    if (e instanceof SourceHashError) throw e;
    const cause = e.cause?.code;
    return { name: name3, pin, unavailable: `source unavailable (${name3}): download failed (${e.message}${cause ? `: ${cause}` : ""}); set ${envName(name3)} to a checkout of ${pin.repo} at ${pin.commit}, or fill the cache with \`wasm-mcu-bench sources import ${name3} DIR\`` };
  }
}
function verificationText(s, hash = (h2) => h2) {
  const tree = s.tree ? hash(s.tree) : "not recorded";
  switch (s.verification) {
    case "verified":
      return `the pinned tree, ${tree}`;
    case "differs":
      return `not the pinned tree: ${tree}`;
    case "unverified":
      return `unverified (no tree hash is pinned): ${tree}`;
    default:
      return "not recorded";
  }
}
var sourceUse = (s) => ({
  title: s.pin.title,
  version: s.pin.version,
  commit: s.pin.commit,
  origin: s.origin,
  tree: s.tree,
  verification: s.verification
});
function markUnavailable(variants, manifest, resolved) {
  return variants.map((v) => {
    if (v.notBuilt) return v;
    const missing = sourcesFor(v, manifest).map((n2) => resolved.get(n2)).find((r) => r?.unavailable);
    return missing ? { ...v, notBuilt: missing.unavailable } : v;
  });
}

// src/config/vocabulary.ts
var BOARDS = {
  nucleo_f446re: { id: "nucleo_f446re", title: "Nucleo-F446RE", cpu: "Cortex-M4F", coreHz: 18e7, flashBytes: 512 * 1024, ramBytes: 128 * 1024 },
  nucleo_f746zg: { id: "nucleo_f746zg", title: "Nucleo-F746ZG", cpu: "Cortex-M7", coreHz: 216e6, flashBytes: 1024 * 1024, ramBytes: 320 * 1024 }
};
var STACKS = ["bare-metal", "freertos", "zephyr"];
var RUNTIMES = ["native", "native-scalar", "wasm3", "wamr-classic", "wamr-fast", "wamr-aot", "wamr-aot-softfloat", "node", "node-steady", "wasm-interp"];
var HOST_BOARD = "host";
var HOST_STACK = "linux";
var HOST_ONLY_RUNTIMES = ["node", "node-steady", "wasm-interp"];
var HOST_RUNTIMES = ["native", "native-scalar", "wasm3", "wamr-classic", "wamr-fast", "wamr-aot", "node", "node-steady", "wasm-interp"];
var BENCHMARKS = ["toggle", "fft"];
var RUNTIME_TITLES = {
  native: "Native C",
  "native-scalar": "Native C, no auto-vectorisation",
  node: "Node.js (V8), first call (Liftoff)",
  "node-steady": "Node.js (V8), after tier-up (TurboFan)",
  "wasm-interp": "wabt wasm-interp",
  wasm3: "wasm3 (interpreter)",
  "wamr-classic": "WAMR (classic interpreter)",
  "wamr-fast": "WAMR (fast interpreter)",
  "wamr-aot": "WAMR (AOT)",
  "wamr-aot-softfloat": "WAMR (AOT, soft float)"
};
var METRICS = {
  instructions: { direction: "smaller", percent: 1, title: "instructions" },
  cycles: { direction: "smaller", percent: 2, title: "cycles" },
  toggles_per_minsn: { direction: "larger", percent: 1, title: "toggles per million instructions" },
  toggle_hz: { direction: "larger", percent: 2, title: "toggle frequency" },
  toggle_hz_external: { direction: "larger", percent: 2, title: "toggle frequency (logic analyzer)" },
  call_instructions: { direction: "smaller", percent: 1, title: "instructions via gpio_toggle()" },
  call_cycles: { direction: "smaller", percent: 2, title: "cycles via gpio_toggle()" },
  call_toggles_per_minsn: { direction: "larger", percent: 1, title: "toggles per million instructions via gpio_toggle()" },
  call_toggle_hz: { direction: "larger", percent: 2, title: "toggle frequency via gpio_toggle()" },
  flash_bytes: { direction: "smaller", percent: 1, title: "Flash" },
  static_ram_bytes: { direction: "smaller", percent: 1, title: "static RAM" },
  dynamic_ram_bytes: { direction: "smaller", percent: 5, title: "dynamic RAM" },
  stack_bytes: { direction: "smaller", percent: 5, title: "stack high-water" },
  heap_bytes: { direction: "smaller", percent: 5, title: "heap high-water" },
  // Host: wall time depends on the machine and its load (the spread is reported with it), so it gates
  // nothing unless a config sets a threshold; the callgrind instruction count is exact and gates.
  ns: { direction: "smaller", percent: Infinity, title: "wall time (median)" },
  equivalent_cycles: { direction: "smaller", percent: Infinity, title: "equivalent cycles" },
  rss_bytes: { direction: "smaller", percent: Infinity, title: "peak resident memory" },
  engine_ns: { direction: "smaller", percent: Infinity, title: "time inside the engine (median)" },
  task_stack_bytes: { direction: "smaller", percent: 5, title: "task stack high-water" },
  rtos_heap_bytes: { direction: "smaller", percent: 5, title: "RTOS heap high-water" },
  static_reserved_bytes: { direction: "smaller", percent: 5, title: "heap, stack or pool reserved in static RAM" },
  pool_bytes: { direction: "smaller", percent: 5, title: "runtime pool high-water" }
};
var HEADLINE = {
  toggle: ["toggles_per_minsn", "toggle_hz"],
  fft: ["instructions", "cycles", "ns"]
};

// src/compare/stats.ts
var P_THRESHOLD = 2e-3;
var CI_LEVEL = 0.95;
var sorted = (xs) => [...xs].sort((a2, b) => a2 - b);
function median(xs) {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function logChoose(n2, k) {
  let r = 0;
  for (let i2 = 1; i2 <= k; i2++) r += Math.log(n2 - k + i2) - Math.log(i2);
  return r;
}
function medianInterval(xs, level = CI_LEVEL) {
  const s = sorted(xs);
  const n2 = s.length;
  const below = (k2) => {
    let p = 0;
    for (let i2 = 0; i2 < k2; i2++) p += Math.exp(logChoose(n2, i2) - n2 * Math.LN2);
    return p;
  };
  let k = 1;
  while (k + 1 <= n2 + 1 - (k + 1) && 1 - 2 * below(k + 1) >= level) k++;
  return { lo: s[k - 1], hi: s[n2 - k], level: 1 - 2 * below(k) };
}
var overlap = (a2, b) => a2.lo <= b.hi && b.lo <= a2.hi;
function mannWhitneyU(a2, b) {
  const m = a2.length;
  const n2 = b.length;
  if (!m || !n2) throw new Error("Mann-Whitney U needs samples on both sides");
  let u2 = 0;
  for (const x of a2) for (const y of b) u2 += x > y ? 1 : x === y ? 0.5 : 0;
  const mean = m * n2 / 2;
  if (Math.max(m, n2) <= 20) {
    const dist = exactU(m, n2);
    const total = dist.reduce((s, c3) => s + c3, 0);
    const lo = Math.floor(Math.min(u2, m * n2 - u2));
    let tail = 0;
    for (let k = 0; k <= lo; k++) tail += dist[k];
    return { u: u2, p: Math.min(1, 2 * tail / total) };
  }
  const all = sorted([...a2, ...b]);
  let tieTerm = 0;
  for (let i2 = 0; i2 < all.length; ) {
    let j = i2;
    while (j < all.length && all[j] === all[i2]) j++;
    const t = j - i2;
    tieTerm += t ** 3 - t;
    i2 = j;
  }
  const N = m + n2;
  const variance = m * n2 / 12 * (N + 1 - tieTerm / (N * (N - 1)));
  if (variance <= 0) return { u: u2, p: 1 };
  const z = (Math.abs(u2 - mean) - 0.5) / Math.sqrt(variance);
  return { u: u2, p: normalP(Math.max(0, z)) };
}
function exactU(m, n2) {
  let prev = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i2 = 1; i2 <= m; i2++) {
    const cur = [[1]];
    for (let j = 1; j <= n2; j++) {
      const size = i2 * j + 1;
      const d = new Array(size).fill(0);
      const left = cur[j - 1];
      const up = prev[j];
      for (let k = 0; k < left.length; k++) d[k] += left[k];
      for (let k = 0; k < up.length; k++) if (k + j < size) d[k + j] += up[k];
      cur.push(d);
    }
    prev = cur;
  }
  return prev[n2];
}

// src/compare/compare.ts
var STATUSES = ["regression", "improvement", "unchanged", "new", "missing", "failed", "not-built", "excluded"];
function summarize(variants, noBaselines) {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, variants.filter((v) => v.status === s).length]));
  const compared = variants.filter((v) => v.baselined && (v.status === "regression" || v.status === "improvement" || v.status === "unchanged")).length;
  const baselined = variants.filter((v) => v.baselined && v.status !== "excluded").length;
  const incomplete = counts.missing > 0 || compared === 0;
  const verdict = counts.regression + counts.failed > 0 ? "fail" : incomplete ? "incomplete" : "pass";
  return { counts, verdict, incomplete, compared, baselined, noBaselines };
}
var EXIT = { pass: 0, fail: 1, incomplete: 3 };
function outcome(c3, o2 = {}) {
  if (c3.verdict === "fail" && !o2.accepted) return "fail";
  return c3.incomplete && !o2.allowIncomplete ? "incomplete" : "pass";
}
function resolveThreshold(metric, settings) {
  const info2 = METRICS[metric];
  const s = settings[metric] ?? {};
  return {
    direction: s.direction ?? info2?.direction ?? "smaller",
    percent: s.percent ?? info2?.percent ?? 1,
    ...s.limit !== void 0 ? { limit: s.limit } : {}
  };
}
function compareMetric(metric, unit, now, baseline, t) {
  const overLimit = t.limit !== void 0 && (t.direction === "smaller" ? now > t.limit : now < t.limit);
  const limitWhy = `${t.direction === "smaller" ? "over" : "under"} the limit ${t.limit}`;
  if (baseline === void 0)
    return { metric, unit, now, status: overLimit ? "regression" : "new", threshold: t, ...overLimit ? { why: limitWhy } : {} };
  const delta = now - baseline;
  const percent = baseline === 0 ? delta === 0 ? 0 : Infinity : 100 * delta / Math.abs(baseline);
  const worse = t.direction === "smaller" ? delta > 0 : delta < 0;
  const beyond = Math.abs(percent) > t.percent;
  const status = overLimit || worse && beyond ? "regression" : !worse && delta !== 0 && beyond ? "improvement" : "unchanged";
  const pctText = Number.isFinite(percent) ? `${percent > 0 ? "+" : ""}${percent.toFixed(2)}%` : "from 0";
  const why = overLimit ? limitWhy : status === "regression" ? `${pctText} worse than the ${t.percent}% threshold` : void 0;
  return { metric, unit, now, baseline, delta, percent, status, threshold: t, ...why ? { why } : {} };
}
function rankGate(c3, now, base3) {
  if (c3.status !== "regression" && c3.status !== "improvement" || !now.samples || !base3) return c3;
  const t = c3.threshold;
  if (t.limit !== void 0 && (t.direction === "smaller" ? c3.now > t.limit : c3.now < t.limit)) return c3;
  if (base3.samples?.length) {
    const { p } = mannWhitneyU(now.samples, base3.samples);
    const pText = `Mann-Whitney p = ${p < 1e-4 ? p.toExponential(1) : p.toFixed(4)}`;
    if (p < P_THRESHOLD) return { ...c3, p, ...c3.why ? { why: `${c3.why}, ${pText} < ${P_THRESHOLD}` } : {} };
    const { why: _2, ...rest2 } = c3;
    return { ...rest2, p, status: "unchanged" };
  }
  if (now.ci && base3.ci && !overlap({ lo: now.ci[0], hi: now.ci[1] }, { lo: base3.ci[0], hi: base3.ci[1] }))
    return { ...c3, ...c3.why ? { why: `${c3.why}, confidence intervals apart (the baseline has no samples)` } : {} };
  const { why: _, ...rest } = c3;
  return { ...rest, status: "unchanged" };
}
function worst(changes) {
  if (changes.some((c3) => c3.status === "regression")) return "regression";
  if (changes.some((c3) => c3.status === "improvement")) return "improvement";
  return "unchanged";
}
function toolchainChanges(results, baselines) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of baselines.files)
    for (const p of [f.provenance, ...Object.values(f.variants).flatMap((v) => v.provenance ? [v.provenance] : [])])
      for (const [tool, version] of Object.entries(p.toolchain)) {
        const now = results.provenance.toolchain[tool];
        if (now === void 0 || now === version) continue;
        const key = `${tool}\0${version}`;
        const c3 = seen.get(key) ?? { tool, baseline: version, now, files: [] };
        if (!c3.files.includes(`${f.target}/${f.board}`)) c3.files.push(`${f.target}/${f.board}`);
        seen.set(key, c3);
      }
  return [...seen.values()];
}
var NOT_IN_RUN = () => ({ reason: "in the baseline but not in this run", expected: false });
function compare(results, baselines, thresholdsFor2, absent = NOT_IN_RUN) {
  const variants = results.variants.map((r) => {
    const base3 = baselines.byId.get(r.id);
    const baselined = base3 ? { baselined: true } : {};
    if (r.status === "failed") return { id: r.id, status: "failed", ...baselined, reason: r.reason ?? "failed", result: r, changes: [] };
    if (r.status === "not-built")
      return { id: r.id, status: base3 ? "missing" : "not-built", ...baselined, reason: r.reason ?? "not built", result: r, changes: [] };
    const settings = thresholdsFor2(r.id);
    const changes = Object.entries(r.metrics).map(([name3, m]) => rankGate(compareMetric(name3, m.unit, m.value, base3?.metrics[name3]?.value, resolveThreshold(name3, settings)), m, base3?.metrics[name3]));
    return { id: r.id, status: base3 ? worst(changes) : changes.some((c3) => c3.status === "regression") ? "regression" : "new", ...baselined, result: r, changes };
  });
  const ran = new Set(results.variants.map((r) => r.id));
  for (const id of [...baselines.byId.keys()].filter((id2) => !ran.has(id2)).sort()) {
    const why = absent(id);
    variants.push({ id, status: why.expected ? "excluded" : "missing", baselined: true, reason: why.reason, changes: [] });
  }
  return {
    variants,
    ...summarize(variants, baselines.byId.size === 0),
    baselineSource: baselines.source,
    toolchainChanges: toolchainChanges(results, baselines)
  };
}
function baselineEdits(before, after) {
  const edits = [];
  const ids = [.../* @__PURE__ */ new Set([...before.byId.keys(), ...after.byId.keys()])].sort();
  for (const id of ids) {
    const b = before.byId.get(id)?.metrics ?? {};
    const a2 = after.byId.get(id)?.metrics ?? {};
    for (const metric of [.../* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a2)])].sort()) {
      if (b[metric]?.value === a2[metric]?.value) continue;
      edits.push({
        id,
        metric,
        unit: (a2[metric] ?? b[metric]).unit,
        ...b[metric] ? { before: b[metric].value } : {},
        ...a2[metric] ? { after: a2[metric].value } : {}
      });
    }
  }
  return edits;
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize2(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code2 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code2;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code2 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code2 === 99) {
      before = ":";
      after = ":";
    } else if (code2 === 108) {
      before = ":";
    } else if (code2 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code2 = alignments[columnIndex];
        if (code2 === 114) {
          before = " ".repeat(size);
        } else if (code2 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize2(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code2 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code2 === 67 || code2 === 99 ? 99 : code2 === 76 || code2 === 108 ? 108 : code2 === 82 || code2 === 114 ? 114 : 0;
}

// src/report/owners.ts
var ORDER = ["runtime", "rtos", "module", "benchmark", "harness", "libc", "compiler runtime", "linker"];
var TITLE = { runtime: "Runtime", rtos: "RTOS", module: "Module", benchmark: "Benchmark", harness: "Harness", libc: "C library", "compiler runtime": "libgcc", linker: "Linker" };
var kib = (b) => b ? (b / 1024).toFixed(1) : "\xB7";
function ownersSection(r) {
  const owned = r.variants.filter((v) => v.status === "ok" && v.owners);
  if (!owned.length) return "";
  const present = ORDER.filter((o2) => owned.some((v) => v.owners[o2]));
  const rows2 = owned.map((v) => [`\`${v.id}\``, ...present.map((o2) => {
    const b = v.owners[o2];
    return b ? `${kib(b.flash_bytes)} / ${kib(b.static_ram_bytes)}` : "";
  })]);
  const biggest = owned.map((v) => ({ v, share: (v.owners.runtime?.flash_bytes ?? 0) / (v.metrics.flash_bytes?.value || 1) })).sort((a2, b) => b.share - a2.share)[0];
  const summary = `Footprint by owner: ${owned.length} variants; the runtime's largest share of Flash: ${(100 * biggest.share).toFixed(0)}% in ${biggest.v.id}`;
  return `<details><summary>${summary}</summary>

Flash / static RAM in KiB, from the linker map: each input section belongs to the object or archive it came from; fill and linker-made stubs are the linker's. The owners add up exactly to each variant's Flash and static RAM. Every symbol's size is in the \`symbols/\` files of the output folder.

${markdownTable([["Variant", ...present.map((o2) => TITLE[o2] ?? o2)], ...rows2], { align: ["l", ...present.map(() => "r")] })}

</details>
`;
}

// src/report/format.ts
function formatNumber(v, digits = 2) {
  if (!Number.isFinite(v)) return String(v);
  const fixed = Math.abs(v) >= 1e3 ? Math.round(v) : Number(v.toFixed(digits));
  return fixed.toLocaleString("en-US", { maximumFractionDigits: digits });
}
function formatValue(value, unit) {
  if (unit === "B") return value >= 1024 ? `${(value / 1024).toFixed(2)} KiB` : `${value} B`;
  return `${formatNumber(value)} ${unit}`;
}
function formatPercent(p) {
  if (p === void 0) return "";
  if (!Number.isFinite(p)) return "new";
  return `${p > 0 ? "+" : ""}${p.toFixed(2)}%`;
}
function formatDelta(d, unit) {
  if (d === void 0) return "";
  return `${d > 0 ? "+" : d < 0 ? "\u2212" : "\xB1"}${formatValue(Math.abs(d), unit)}`;
}
function headlineMetric(r) {
  for (const name3 of HEADLINE[r.benchmark] ?? []) {
    const m = r.metrics[name3];
    if (m) return [name3, m];
  }
  return void 0;
}
function headline(r) {
  const h2 = headlineMetric(r);
  return h2 ? formatValue(h2[1].value, h2[1].unit) : "";
}
function aotNote(r) {
  const b = r.build;
  if (!b || typeof b.aot_target !== "string") return "";
  const cpu = b.aot_cpu && b.aot_cpu !== "generic" ? ` ${String(b.aot_cpu)}` : " (no CPU given)";
  const bounds = b.aot_bounds_checks ? b.aot_target === "x86_64" ? "software bounds checks (not guard pages)" : "bounds checks on" : "bounds checks off";
  return `${b.aot_target}${cpu}, ${String(b.aot_float_abi)} float, ${bounds}`;
}
function vectorNote(r) {
  const v = r.build?.vectorisation;
  if (!v?.hot_loop) return "";
  if (!v.vectorised) return `${v.hot_loop} not vectorised`;
  const how = (v.compiler_says ?? []).find((s) => s.startsWith("optimized: loop vectorized"))?.replace("optimized: loop vectorized using ", "");
  const versioned = (v.compiler_says ?? []).some((s) => s.includes("versioned"));
  return `${v.hot_loop} vectorised${how ? ` (${how}${versioned ? ", versioned for aliasing" : ""})` : ""}`;
}
function engineNote(r) {
  const inside = r.metrics.engine_ns?.value;
  const ns = r.metrics.ns?.value;
  if (inside === void 0 || ns === void 0) return "";
  const us = (x) => `${formatNumber(x / 1e3, 1)} \xB5s`;
  return `${us(inside)}/FFT inside V8, the pipe ${us(ns - inside)}/FFT`;
}
var buildNote = (r) => aotNote(r) || vectorNote(r) || engineNote(r);

// src/compare/ratios.ts
var slower = (metric, runtime, native) => (METRICS[metric]?.direction ?? "smaller") === "smaller" ? runtime / native : native / runtime;
function slowdowns(results) {
  const key = (r) => `${r.board}/${r.stack}/${r.benchmark}@${r.target}`;
  const natives = new Map(results.filter((r) => r.status === "ok" && r.runtime === "native").map((r) => [key(r), r]));
  const scalars = new Map(results.filter((r) => r.status === "ok" && r.runtime === "native-scalar").map((r) => [key(r), r]));
  const out = [];
  for (const r of results) {
    if (r.status !== "ok" || r.runtime === "native") continue;
    const native = natives.get(key(r));
    const h2 = headlineMetric(r);
    const nh = native?.metrics[h2?.[0] ?? ""];
    if (!native || !h2 || !nh) continue;
    const call = native.metrics[`call_${h2[0]}`];
    const scalar = r.runtime === "native-scalar" ? void 0 : scalars.get(key(r))?.metrics[h2[0]];
    out.push({
      id: r.id,
      board: r.board,
      stack: r.stack,
      benchmark: r.benchmark,
      target: r.target,
      runtime: r.runtime,
      metric: h2[0],
      vsNative: slower(h2[0], h2[1].value, nh.value),
      ...call ? { vsNativeCall: slower(h2[0], h2[1].value, call.value) } : {},
      ...scalar ? { vsNativeScalar: slower(h2[0], h2[1].value, scalar.value) } : {},
      ...r.metrics.ns && native.metrics.ns ? { vsNativeTime: r.metrics.ns.value / native.metrics.ns.value } : {},
      ...r.metrics.ns?.ci && native.metrics.ns?.ci ? { timeDistinguishable: !overlap({ lo: r.metrics.ns.ci[0], hi: r.metrics.ns.ci[1] }, { lo: native.metrics.ns.ci[0], hi: native.metrics.ns.ci[1] }) } : {}
    });
  }
  return out;
}
function stackOverheads(results) {
  const key = (r) => `${r.board}/${r.runtime}/${r.benchmark}@${r.target}`;
  const bare = new Map(results.filter((r) => r.status === "ok" && r.stack === "bare-metal").map((r) => [key(r), r]));
  return results.flatMap((r) => {
    const b = bare.get(key(r));
    const h2 = headlineMetric(r);
    const bh = b?.metrics[h2?.[0] ?? ""];
    if (r.status !== "ok" || r.stack === "bare-metal" || !h2 || !bh) return [];
    return [{ id: r.id, board: r.board, runtime: r.runtime, benchmark: r.benchmark, target: r.target, stack: r.stack, metric: h2[0], vsBareMetal: slower(h2[0], h2[1].value, bh.value) }];
  });
}

// reference/wasm-on-mcu-study.json
var wasm_on_mcu_study_default = {
  source: "WebAssembly on microcontrollers study (shared/reference-wasm-on-mcu-results.md): toggle and FFT tables, measured on real Nucleo boards with DWT CYCCNT and on a host under WSL2",
  notes: {
    "wamr-interp": "The study does not say which WAMR interpreter (classic or fast) it used; its figures are shown beside both.",
    "wamr-aot-softfloat": "The study's wamrc command line names no CPU, which gives software-float code on thumbv7em; its AOT rows are matched with our wamr-aot-softfloat mode. Its host AOT row is x86_64 and matched with wamr-aot."
  },
  rows: [
    {
      board: "nucleo_f446re",
      stack: "bare-metal",
      runtime: "native",
      benchmark: "toggle",
      value: 364e5,
      unit: "Hz",
      slowdown: 1
    },
    {
      board: "nucleo_f446re",
      stack: "freertos",
      runtime: "native",
      benchmark: "toggle",
      value: 364e5,
      unit: "Hz",
      slowdown: 1
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "native",
      benchmark: "toggle",
      value: 36e6,
      unit: "Hz",
      slowdown: 1.01
    },
    {
      board: "nucleo_f446re",
      stack: "bare-metal",
      runtime: "wasm3",
      benchmark: "toggle",
      value: 502e3,
      unit: "Hz",
      slowdown: 72.5
    },
    {
      board: "nucleo_f446re",
      stack: "freertos",
      runtime: "wasm3",
      benchmark: "toggle",
      value: 564e3,
      unit: "Hz",
      slowdown: 64.5
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "wasm3",
      benchmark: "toggle",
      value: 523e3,
      unit: "Hz",
      slowdown: 69.6
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "wamr-interp",
      benchmark: "toggle",
      value: 207e3,
      unit: "Hz",
      slowdown: 175.8
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "wamr-aot-softfloat",
      benchmark: "toggle",
      value: 346e3,
      unit: "Hz",
      slowdown: 105.2
    },
    {
      board: "nucleo_f746zg",
      stack: "bare-metal",
      runtime: "native",
      benchmark: "toggle",
      value: 11e7,
      unit: "Hz",
      slowdown: 1
    },
    {
      board: "nucleo_f746zg",
      stack: "freertos",
      runtime: "native",
      benchmark: "toggle",
      value: 11e7,
      unit: "Hz",
      slowdown: 1
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "native",
      benchmark: "toggle",
      value: 108e6,
      unit: "Hz",
      slowdown: 1.02
    },
    {
      board: "nucleo_f746zg",
      stack: "bare-metal",
      runtime: "wasm3",
      benchmark: "toggle",
      value: 908e3,
      unit: "Hz",
      slowdown: 121.1
    },
    {
      board: "nucleo_f746zg",
      stack: "freertos",
      runtime: "wasm3",
      benchmark: "toggle",
      value: 907e3,
      unit: "Hz",
      slowdown: 121.3
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "wasm3",
      benchmark: "toggle",
      value: 107e4,
      unit: "Hz",
      slowdown: 102.8
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "wamr-interp",
      benchmark: "toggle",
      value: 334e3,
      unit: "Hz",
      slowdown: 329.3
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "wamr-aot-softfloat",
      benchmark: "toggle",
      value: 467e3,
      unit: "Hz",
      slowdown: 235.6
    },
    {
      board: "nucleo_f446re",
      stack: "bare-metal",
      runtime: "native",
      benchmark: "fft",
      value: 219022,
      unit: "cycles/FFT",
      slowdown: 1
    },
    {
      board: "nucleo_f446re",
      stack: "freertos",
      runtime: "native",
      benchmark: "fft",
      value: 219009,
      unit: "cycles/FFT",
      slowdown: 1
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "native",
      benchmark: "fft",
      value: 228196,
      unit: "cycles/FFT",
      slowdown: 1.04
    },
    {
      board: "nucleo_f446re",
      stack: "bare-metal",
      runtime: "wasm3",
      benchmark: "fft",
      value: 17566414,
      unit: "cycles/FFT",
      slowdown: 80.2
    },
    {
      board: "nucleo_f446re",
      stack: "freertos",
      runtime: "wasm3",
      benchmark: "fft",
      value: 16103862,
      unit: "cycles/FFT",
      slowdown: 73.53
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "wasm3",
      benchmark: "fft",
      value: 14975767,
      unit: "cycles/FFT",
      slowdown: 68.38
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "wamr-interp",
      benchmark: "fft",
      value: 13567746,
      unit: "cycles/FFT",
      slowdown: 61.95
    },
    {
      board: "nucleo_f446re",
      stack: "zephyr",
      runtime: "wamr-aot-softfloat",
      benchmark: "fft",
      value: 3341702,
      unit: "cycles/FFT",
      slowdown: 15.26
    },
    {
      board: "nucleo_f746zg",
      stack: "bare-metal",
      runtime: "native",
      benchmark: "fft",
      value: 124108,
      unit: "cycles/FFT",
      slowdown: 1
    },
    {
      board: "nucleo_f746zg",
      stack: "freertos",
      runtime: "native",
      benchmark: "fft",
      value: 124562,
      unit: "cycles/FFT",
      slowdown: 1
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "native",
      benchmark: "fft",
      value: 171412,
      unit: "cycles/FFT",
      slowdown: 1.38
    },
    {
      board: "nucleo_f746zg",
      stack: "bare-metal",
      runtime: "wasm3",
      benchmark: "fft",
      value: 15932553,
      unit: "cycles/FFT",
      slowdown: 128.4
    },
    {
      board: "nucleo_f746zg",
      stack: "freertos",
      runtime: "wasm3",
      benchmark: "fft",
      value: 13962748,
      unit: "cycles/FFT",
      slowdown: 112.5
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "wasm3",
      benchmark: "fft",
      value: 14270967,
      unit: "cycles/FFT",
      slowdown: 115
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "wamr-interp",
      benchmark: "fft",
      value: 8759838,
      unit: "cycles/FFT",
      slowdown: 70.6
    },
    {
      board: "nucleo_f746zg",
      stack: "zephyr",
      runtime: "wamr-aot-softfloat",
      benchmark: "fft",
      value: 2542771,
      unit: "cycles/FFT",
      slowdown: 20.5
    },
    {
      board: "host",
      stack: "linux",
      runtime: "native",
      benchmark: "fft",
      value: 28875,
      unit: "equivalent cycles/FFT at 3.7 GHz",
      slowdown: 1,
      note: "WSL2, Intel Core i5-9600K pinned at 3.7 GHz; ns converted to cycles"
    },
    {
      board: "host",
      stack: "linux",
      runtime: "wasm3",
      benchmark: "fft",
      value: 784509,
      unit: "equivalent cycles/FFT at 3.7 GHz",
      slowdown: 27.2,
      note: "WSL2, Intel Core i5-9600K pinned at 3.7 GHz; ns converted to cycles"
    },
    {
      board: "host",
      stack: "linux",
      runtime: "wamr-interp",
      benchmark: "fft",
      value: 1448892,
      unit: "equivalent cycles/FFT at 3.7 GHz",
      slowdown: 50.2,
      note: "WSL2, Intel Core i5-9600K pinned at 3.7 GHz; ns converted to cycles"
    },
    {
      board: "host",
      stack: "linux",
      runtime: "wamr-aot",
      benchmark: "fft",
      value: 50577,
      unit: "equivalent cycles/FFT at 3.7 GHz",
      slowdown: 1.75,
      note: "WSL2, Intel Core i5-9600K pinned at 3.7 GHz; ns converted to cycles"
    }
  ]
};

// src/report/study.ts
var STUDY_SOURCE = wasm_on_mcu_study_default.source;
var rows = wasm_on_mcu_study_default.rows;
var studyRuntime = (runtime) => runtime === "wamr-classic" || runtime === "wamr-fast" ? "wamr-interp" : runtime;
function studyRow(board2, stack, runtime, benchmark) {
  return rows.find((r) => r.board === board2 && r.stack === stack && r.benchmark === benchmark && r.runtime === studyRuntime(runtime));
}

// src/compare/pins.ts
var label = (p) => `${p.version} (${p.commit.slice(0, 12)})`;
function pinChanges(base3, head) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(base3), ...Object.keys(head)])].sort();
  return names.flatMap((name3) => {
    const b = base3[name3];
    const h2 = head[name3];
    if (b && h2 && b.commit === h2.commit) return [];
    return [{ name: name3, title: (h2 ?? b).title, ...b ? { from: label(b) } : {}, ...h2 ? { to: label(h2) } : {} }];
  });
}
var pinChangeText = (c3) => `${c3.title} ${c3.from ?? "(none)"} -> ${c3.to ?? "(removed)"}`;

// src/report/charts.ts
var PER_DECADE = 6;
var EIGHTHS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function bar(x) {
  const eighths = Math.round(Math.max(0, Math.log10(x)) * PER_DECADE * 8);
  return "\u2588".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8] || "\u258F";
}
var ratio = (x) => x === void 0 ? "" : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}\xD7`;
var barred = (x) => x === void 0 ? "" : `${bar(x)} ${ratio(x)}`;
var SCALE = `log scale: ${bar(1)} 1\xD7, ${bar(10)} 10\xD7, ${bar(100)} 100\xD7`;
var COUNTS = {
  instructions: "instructions",
  toggles_per_minsn: "instructions",
  cycles: "cycles",
  toggle_hz: "toggle rate",
  toggle_hz_external: "toggle rate",
  ns: "wall time"
};
var counted = (metric) => COUNTS[metric] ?? metric;
var studyCounted = (s) => s.unit.startsWith("equivalent") ? ["wall time", "WSL2"] : [s.unit === "Hz" ? "toggle rate" : "cycles", "real board"];
var order = (list2, x) => list2.includes(x) ? list2.indexOf(x) : list2.length;
function slowdownViews(r) {
  const views = /* @__PURE__ */ new Map();
  for (const x of slowdowns(r.variants)) {
    const key = `${x.board}/${x.benchmark}@${x.target}`;
    const v = views.get(key) ?? { board: x.board, benchmark: x.benchmark, target: x.target, metric: x.metric, stacks: [], rows: [], call: false, scalar: false, time: false };
    const study = studyRow(x.board, x.stack, x.runtime, x.benchmark);
    v.rows.push({ x, ...study ? { study } : {} });
    if (!v.stacks.includes(x.stack)) v.stacks.push(x.stack);
    if (x.metric !== "ns") v.metric = x.metric;
    v.call ||= x.vsNativeCall !== void 0;
    v.scalar ||= x.vsNativeScalar !== void 0;
    v.time ||= x.vsNativeTime !== void 0;
    views.set(key, v);
  }
  for (const v of views.values()) {
    v.stacks.sort((a2, b) => order(STACKS, a2) - order(STACKS, b));
    v.rows.sort((a2, b) => order(RUNTIMES, a2.x.runtime) - order(RUNTIMES, b.x.runtime) || order(STACKS, a2.x.stack) - order(STACKS, b.x.stack));
  }
  return [...views.values()];
}
var WHERE = { emulated: "QEMU", host: "callgrind", hardware: "board" };
function slowdownTable(v, style) {
  const { long } = style;
  const study = v.rows.find((x) => x.study)?.study;
  const [what, where] = study ? studyCounted(study) : [];
  const stack = long || v.stacks.length > 1;
  const native = v.target === "host" ? "native -O3" : "native";
  const header = [
    "Runtime",
    ...stack ? ["Stack"] : [],
    long ? `Ours, ${counted(v.metric)} vs ${native} (${WHERE[v.target] ?? v.target})` : `Ours (${counted(v.metric)}, ${WHERE[v.target] ?? v.target})`,
    ...v.call ? [long ? "vs native via gpio_toggle()" : "via gpio_toggle()"] : [],
    ...v.scalar ? [long ? "vs native scalar (instructions)" : "vs scalar"] : [],
    ...v.time ? [long ? "vs native -O3 (wall time)" : "wall time"] : [],
    ...study ? [long ? `Study, ${what} (${where})` : `Study (${what}, ${where})`] : []
  ];
  const rows2 = v.rows.map(({ x, study: s }, j) => [
    j && v.rows[j - 1].x.runtime === x.runtime ? "" : style.runtime(x),
    ...stack ? [x.stack] : [],
    // A runtime measured by time only (a JIT engine in another process) has no instruction ratio.
    x.metric === "ns" ? "" : barred(x.vsNative),
    ...v.call ? [ratio(x.vsNativeCall)] : [],
    ...v.scalar ? [x.metric === "ns" ? "" : ratio(x.vsNativeScalar)] : [],
    ...v.time ? [style.time(x)] : [],
    ...study ? [barred(s?.slowdown)] : []
  ]);
  return [header, ...rows2];
}
var boardTitle = (board2) => BOARDS[board2]?.title ?? board2;
function slowdownSummary(v) {
  const byRuntime = /* @__PURE__ */ new Map();
  for (const { x } of v.rows) if (x.metric === v.metric) byRuntime.set(x.runtime, [...byRuntime.get(x.runtime) ?? [], x.vsNative]);
  const range = (xs) => {
    const [lo, hi] = [ratio(Math.min(...xs)), ratio(Math.max(...xs))];
    return lo === hi ? lo : `${lo.slice(0, -1)}\u2013${hi}`;
  };
  const stacks = v.stacks.length > 1 ? `, ${v.stacks.length} stacks` : "";
  return `Slowdown vs native C, ${v.benchmark} on ${boardTitle(v.board)} (${v.target}, ${counted(v.metric)}${stacks}): ${[...byRuntime].map(([rt, xs]) => `${rt} ${range(xs)}`).join(", ")}`;
}
var totalRam = (v) => (v.metrics.static_ram_bytes?.value ?? 0) + (v.metrics.dynamic_ram_bytes?.value ?? 0);
var withFootprint = (r) => r.variants.filter((v) => v.status === "ok" && v.metrics.flash_bytes);
function footprintViews(r) {
  const views = /* @__PURE__ */ new Map();
  for (const v of withFootprint(r)) {
    const view = views.get(v.board) ?? { board: v.board, stacks: [], rows: [] };
    if (!view.stacks.includes(v.stack)) view.stacks.push(v.stack);
    let row = view.rows.find((x) => x.runtime === v.runtime && x.benchmark === v.benchmark && x.target === v.target);
    if (!row) view.rows.push(row = { runtime: v.runtime, benchmark: v.benchmark, target: v.target, cells: /* @__PURE__ */ new Map() });
    row.cells.set(v.stack, { flash: v.metrics.flash_bytes.value, ram: totalRam(v), reserved: Boolean(v.metrics.static_reserved_bytes) });
    views.set(v.board, view);
  }
  for (const v of views.values()) {
    v.stacks.sort((a2, b) => order(STACKS, a2) - order(STACKS, b));
    v.rows.sort((a2, b) => order(RUNTIMES, a2.runtime) - order(RUNTIMES, b.runtime) || a2.benchmark.localeCompare(b.benchmark) || a2.target.localeCompare(b.target));
  }
  return [...views.values()];
}
var kib2 = (b) => (b / 1024).toFixed(1);
var boardCapacity = (board2) => {
  const b = BOARDS[board2];
  return b ? ` (${b.flashBytes / 1024} KiB Flash, ${b.ramBytes / 1024} KiB RAM)` : "";
};
var hasReserved = (v) => v.rows.some((x) => [...x.cells.values()].some((c3) => c3.reserved));
var RESERVED_NOTE = "Static RAM includes memory reserved as static arrays (the study's `*` case): an RTOS heap pool and task stack, whose used part is counted again in dynamic RAM, or a runtime's memory pool (WAMR), whose used part is `pool_bytes`.";
function footprintTable(v, name3, star) {
  const rows2 = v.rows.map((x, j) => [
    j && v.rows[j - 1].runtime === x.runtime ? "" : name3(x.runtime),
    x.target === "emulated" ? x.benchmark : `${x.benchmark}@${x.target}`,
    ...v.stacks.map((s) => {
      const c3 = x.cells.get(s);
      return c3 ? `${kib2(c3.flash)} / ${kib2(c3.ram)}${c3.reserved ? star : ""}` : "";
    })
  ]);
  return [["Runtime", "Benchmark", ...v.stacks], ...rows2];
}
function footprintSummary(r) {
  const ok = withFootprint(r);
  const most = (size, cap) => {
    const share = (v2) => size(v2) / (cap(v2.board) ?? Infinity);
    const v = [...ok].sort((a2, b) => share(b) - share(a2) || size(b) - size(a2))[0];
    const c3 = cap(v.board);
    return `${v.stack}/${v.runtime}/${v.benchmark} on ${boardTitle(v.board)}, ${formatValue(size(v), "B")}${c3 ? ` (${(100 * size(v) / c3).toFixed(1)}%)` : ""}`;
  };
  return `Footprint: ${ok.length} variant${ok.length === 1 ? "" : "s"}; most Flash: ${most((v) => v.metrics.flash_bytes.value, (b) => BOARDS[b]?.flashBytes)}; most RAM: ${most(totalRam, (b) => BOARDS[b]?.ramBytes)}`;
}

// src/report/groups.ts
var ORDER2 = ["failed", "missing", "excluded", "not-built"];
var SUBJECT = /^([^:()\n]+?) \(([^()\s:,]+)\)(?:: (.*))?$/;
function verb(v) {
  if (v.status === "failed") return "failed";
  if (v.status === "excluded") return "left out";
  return v.result?.status === "not-built" ? "not built" : "not run";
}
function groupReasons(variants) {
  const groups = /* @__PURE__ */ new Map();
  for (const v of variants) {
    if (!ORDER2.includes(v.status)) continue;
    const first = (v.reason ?? "").split("\n")[0];
    const m = SUBJECT.exec(first);
    const reason = m ? m[1] : first;
    const baselined = Boolean(v.baselined);
    const key = [v.status, baselined, verb(v), reason].join("\0");
    const g = groups.get(key) ?? { status: v.status, baselined, verb: verb(v), reason, ids: [], logs: /* @__PURE__ */ new Map(), subjects: [], details: [], bySubject: /* @__PURE__ */ new Map(), byDetail: /* @__PURE__ */ new Map() };
    g.ids.push(v.id);
    if (v.result?.log) g.logs.set(v.id, v.result.log);
    if (m) {
      g.bySubject.set(m[2], (g.bySubject.get(m[2]) ?? 0) + 1);
      if (m[3]) {
        const said = g.byDetail.get(m[3]) ?? [];
        if (!said.includes(m[2])) g.byDetail.set(m[3], [...said, m[2]]);
      }
    }
    groups.set(key, g);
  }
  return [...groups.values()].sort((a2, b) => ORDER2.indexOf(a2.status) - ORDER2.indexOf(b.status) || b.ids.length - a2.ids.length).map(({ bySubject, byDetail, ...g }) => ({ ...g, subjects: [...bySubject], details: [...byDetail] }));
}
var NAMED = 5;
function groupLines(g, label2, code2) {
  const named = (id) => `${code2(id)}${g.logs.has(id) ? ` (raw output: ${code2(g.logs.get(id))})` : ""}`;
  const one2 = g.ids.length === 1;
  const subjects = g.subjects.length ? ` (${g.subjects.map(([s, n2]) => one2 ? s : `${s} \xD7${n2}`).join(", ")})` : "";
  const why = `${g.reason}${subjects}${g.details.length === 1 ? `: ${g.details[0][0]}` : ""}`;
  const more = g.details.length > 1 ? g.details.map(([d, said]) => `${said.join(", ")}: ${d}`) : [];
  if (one2) return [`${label2} ${named(g.ids[0])}: ${g.verb === "not built" && g.status !== "not-built" ? "not built: " : ""}${why}`, ...more];
  const emoji = label2.split(" ")[0];
  const ids = g.ids.length <= NAMED ? ` \u2014 ${g.ids.map(named).join(", ")}` : "";
  return [`${emoji} ${g.ids.length} ${g.baselined ? "baselined " : ""}variants ${g.verb}: ${why}${ids}`, ...more];
}

// src/report/markdown.ts
var MARKER = "<!-- wasm-mcu-bench:report -->";
var KEEP = "<!-- wasm-mcu-bench:keep -->";
var keep = (section) => section && `${KEEP}
${section}`;
var STATUS_LABEL = {
  regression: "\u{1F534} regression",
  improvement: "\u{1F7E2} improvement",
  unchanged: "\u26AA unchanged",
  new: "\u{1F195} new",
  missing: "\u{1F7E0} missing",
  failed: "\u274C failed",
  "not-built": "\u2B1C not built",
  excluded: "\u23ED\uFE0F left out"
};
var plural = (n2, word) => `${n2} ${word}${n2 === 1 ? "" : "s"}`;
function verdictLine(c3, acceptedBy) {
  const n2 = c3.counts;
  const coverage = `compared ${c3.compared} of ${plural(c3.baselined, "baselined variant")}`;
  const after = [n2.new && `${n2.new} new`, n2.excluded && `${n2.excluded} left out as expected`].filter(Boolean).map((x) => `; ${x}`).join("");
  const moved = [n2.unchanged && `${n2.unchanged} unchanged`, n2.improvement && `${n2.improvement} improved`].filter(Boolean);
  if (c3.verdict === "pass") return `\u2705 **No regressions** (${coverage}: ${moved.join(", ")}${after})`;
  if (c3.verdict === "incomplete") {
    if (c3.noBaselines)
      return `\u26A0\uFE0F **No baselines yet**: ${plural(n2.new, "variant")} measured, nothing compared; create the baselines with \`update-baselines\` and commit them`;
    return `\u26A0\uFE0F **Incomplete: ${coverage}** (${[n2.missing && `${n2.missing} missing`, ...moved].filter(Boolean).join(", ") || "nothing compared"}${after})`;
  }
  const parts = [n2.regression && `${n2.regression} regression${n2.regression > 1 ? "s" : ""} over threshold`, n2.failed && `${n2.failed} failed`, n2.missing && `${n2.missing} missing`].filter(Boolean);
  return acceptedBy ? `\u26A0\uFE0F **${parts.join(", ")}**, accepted by ${acceptedBy} (${coverage}${c3.incomplete ? "; incomplete" : ""})` : `\u274C **${parts.join(", ")}** (${coverage})`;
}
var code = (s) => `\`${s}\``;
var table = (rows2, align) => markdownTable(rows2, { alignDelimiters: false, ...align ? { align } : {} });
var details = (summary, body) => `<details><summary>${summary}</summary>

${body.trimEnd()}

</details>
`;
function changesTable(c3) {
  const rows2 = c3.variants.flatMap((v) => v.changes.filter((m) => m.status === "regression" || m.status === "improvement").map((m) => [
    m.status === "regression" ? "\u{1F534}" : "\u{1F7E2}",
    code(v.id),
    METRICS[m.metric]?.title ?? m.metric,
    m.baseline === void 0 ? "" : formatValue(m.baseline, m.unit),
    formatValue(m.now, m.unit),
    formatDelta(m.delta, m.unit),
    formatPercent(m.percent),
    m.why ?? `\xB1${m.threshold.percent}%`
  ]));
  if (!rows2.length) return "";
  rows2.sort((a2, b) => a2[0] === b[0] ? 0 : a2[0] === "\u{1F534}" ? -1 : 1);
  return `### Regressions and improvements

${table([["", "Variant", "Metric", "Baseline", "Now", "Delta", "%", "Threshold"], ...rows2], ["c", "l", "l", "r", "r", "r", "r", "l"])}
`;
}
function notCompared(c3) {
  const groups = groupReasons(c3.variants);
  const list2 = (want) => groups.filter((g) => want(g.status)).flatMap((g) => groupLines(g, STATUS_LABEL[g.status], code).map((l, i2) => `${i2 ? "  " : ""}- ${l}`)).join("\n");
  const bad = list2((s) => s === "failed" || s === "missing");
  const expected = list2((s) => s === "excluded" || s === "not-built");
  const n2 = c3.counts;
  const what = [n2.excluded && `${n2.excluded} left out`, n2["not-built"] && `${n2["not-built"]} not built`].filter(Boolean).join(", ");
  return [
    bad && `### Failed and missing

${bad}
`,
    expected && details(`Left out or not built, as expected: ${what}`, expected)
  ].filter(Boolean).join("\n");
}
function footprintSection(r) {
  const views = footprintViews(r);
  if (!views.length) return "";
  const star = views.some(hasReserved) ? `

\\* ${RESERVED_NOTE}` : "";
  const tables = views.map((v) => {
    const rows2 = footprintTable(v, (rt) => RUNTIME_TITLES[rt] ?? rt, "\\*");
    return `**${boardTitle(v.board)}**${boardCapacity(v.board)}, Flash / RAM in KiB:

${table(rows2, rows2[0].map((_, k) => k < 2 ? "l" : "r"))}`;
  });
  return details(footprintSummary(r), `Flash = text + rodata + data; RAM = static RAM (data + bss, from the ELF's section flags) + dynamic RAM (stack high-water, painted, + heap high-water; under an RTOS, also its task stack and heap high-water), measured at run time. Each variant's own figures are in \`results.json\`.

${tables.join("\n\n")}${star}`);
}
function runtimeCell(r, id, runtime) {
  const v = r.variants.find((x) => x.id === id);
  const note = v ? buildNote(v) : "";
  return `${RUNTIME_TITLES[runtime] ?? runtime}${note ? ` <sub>${note}</sub>` : ""}`;
}
function timeCell(r, x) {
  const ns = r.variants.find((v) => v.id === x.id)?.metrics.ns;
  const us = (n2) => formatNumber(n2 / 1e3, 1);
  const ci = ns?.ci ? ` <sub>${us(ns.value)} \xB5s [${us(ns.ci[0])}\u2013${us(ns.ci[1])}]</sub>` : "";
  return `${x.timeDistinguishable === false ? "\u2248 " : ""}${barred(x.vsNativeTime)}${ci}`;
}
var ciPercent = (r) => Math.round(100 * (r.variants.find((v) => v.metrics.ns?.ci_level)?.metrics.ns?.ci_level ?? 0.95));
function ciLine(r, x) {
  const ns = r.variants.find((v) => v.runtime === "native" && v.board === x.board && v.stack === x.stack && v.benchmark === x.benchmark && v.target === x.target)?.metrics.ns;
  const us = (n2) => formatNumber(n2 / 1e3, 1);
  return ns?.ci ? `native -O3: ${us(ns.value)} \xB5s [${us(ns.ci[0])}\u2013${us(ns.ci[1])}] per FFT, ${ns.runs} runs` : "native -O3 has no interval";
}
var WHY_THEY_DIFFER = "Ours are ratios of instructions counted exactly (QEMU on the emulated boards, callgrind on the host), the study's are ratios of cycles on its real boards (or of wall time on its host): flash wait states, pipeline stalls and FPU latency cost cycles that an instruction count does not see, and they cost an interpreter and native code differently, so the two ratios differ.";
function slowdownCharts(r) {
  const views = slowdownViews(r);
  if (!views.length) return details("Slowdown against native C: no runtime other than native C ran", "_No runtime other than native C ran in this matrix yet._");
  const explained = views.findIndex((v) => v.target !== "hardware");
  return views.map((v, i2) => {
    const rows2 = slowdownTable(v, { runtime: (x) => runtimeCell(r, x.id, x.runtime), time: (x) => timeCell(r, x), long: true });
    const same = v.rows.some(({ x }) => x.timeDistinguishable === false) ? `

\u2248 not distinguishable from native -O3: the ${ciPercent(r)}% confidence intervals of the two median wall times overlap (${ciLine(r, v.rows[0].x)}).` : "";
    const why = i2 === explained ? `

${WHY_THEY_DIFFER} <sub>Study figures: ${STUDY_SOURCE}.</sub>` : "";
    return details(slowdownSummary(v), `Bars: ${SCALE}.

${table(rows2, rows2[0].map(() => "l"))}${same}${why}`);
  }).join("\n");
}
function overheadTable(r) {
  const o2 = stackOverheads(r.variants);
  if (!o2.length) return "";
  const rows2 = o2.map((x) => [
    BOARDS[x.board]?.title ?? x.board,
    RUNTIME_TITLES[x.runtime] ?? x.runtime,
    x.benchmark,
    x.target,
    x.stack,
    `${x.vsBareMetal.toFixed(3)}\xD7`,
    ratio(studyOverhead(x))
  ]);
  const [lo, hi] = [o2.reduce((a2, b) => b.vsBareMetal < a2.vsBareMetal ? b : a2), o2.reduce((a2, b) => b.vsBareMetal > a2.vsBareMetal ? b : a2)];
  const summary = `RTOS overhead against bare-metal: ${o2.length} variants, ${lo.vsBareMetal.toFixed(2)}\xD7 to ${hi.vsBareMetal.toFixed(2)}\xD7 (most: ${hi.stack}/${hi.runtime}/${hi.benchmark} on ${BOARDS[hi.board]?.title ?? hi.board})`;
  return details(summary, `The same runtime, benchmark and board on each stack, as a ratio of the headline metric (1 = no overhead).

${table([["Board", "Runtime", "Benchmark", "Target", "Stack", "vs bare-metal", "study"], ...rows2], ["l", "l", "l", "l", "l", "r", "r"])}`);
}
function studyOverhead(x) {
  const rtos = studyRow(x.board, x.stack, x.runtime, x.benchmark);
  const bare = studyRow(x.board, "bare-metal", x.runtime, x.benchmark);
  return rtos && bare ? x.benchmark === "toggle" ? bare.value / rtos.value : rtos.value / bare.value : void 0;
}
function matrixDetails(c3) {
  const rows2 = c3.variants.map((v) => [
    code(v.id),
    STATUS_LABEL[v.status],
    v.result ? headline(v.result) : "",
    ((v.reason ?? "").split("\n")[0] || (v.result ? buildNote(v.result) : "")).replace(/\|/g, "\\|")
  ]);
  return `<details><summary>Full matrix (${c3.variants.length} variants)</summary>

${table([["Variant", "Status", "Headline", "Reason or build"], ...rows2])}

</details>
`;
}
function editsSection(edits) {
  if (!edits.length) return "";
  const rows2 = edits.map((e) => [code(e.id), e.metric, e.before === void 0 ? "(none)" : formatValue(e.before, e.unit), e.after === void 0 ? "(removed)" : formatValue(e.after, e.unit)]);
  const variants = new Set(edits.map((e) => e.id)).size;
  return details(
    `Baselines changed by this pull request: ${edits.length} entr${edits.length === 1 ? "y" : "ies"} of ${variants} variant${variants === 1 ? "" : "s"}`,
    table([["Variant", "Metric", "Base commit", "This pull request"], ...rows2], ["l", "l", "r", "r"])
  );
}
function provenanceSection(r, c3) {
  const p = r.provenance;
  const tools = Object.entries(p.toolchain).map(([k, v]) => `- ${k}: ${v}`).join("\n");
  const sources = Object.values(p.sources ?? {});
  const differ = sources.filter((s) => s.verification === "differs").length;
  const trees = sources.length ? `; ${sources.length} upstream source${sources.length === 1 ? "" : "s"}${differ ? `, ${differ} not the pinned tree` : ""}` : "";
  return `<details><summary>Provenance: commit ${p.commit.slice(0, 12)}, wasm-mcu-bench ${p.tool}, baselines from ${c3.baselineSource}${trees}</summary>

- commit: ${code(p.commit)}
- date: ${p.date}
- wasm-mcu-bench ${p.tool}, Node ${p.node}
- baselines from: ${c3.baselineSource}
${tools}
${sourcesSection(r)}
</details>
`;
}
var ORIGIN = { download: "downloaded", cache: "cache", override: "override" };
function sourcesSection(r) {
  const sources = Object.entries(r.provenance.sources ?? {});
  if (!sources.length) return "";
  const mark = { verified: "\u2705", differs: "\u274C", unverified: "\u26A0\uFE0F" };
  const rows2 = sources.map(([name3, s]) => [
    code(name3),
    `${s.title} ${s.version} ${code(s.commit.slice(0, 12))}`,
    s.origin === "override" ? `override ${code(envName(name3))}` : ORIGIN[s.origin],
    `${s.verification ? `${mark[s.verification]} ` : ""}${verificationText(s, code)}`
  ]);
  return `
Upstream sources (pins in \`firmware/sources.json\`):

${table([["Source", "Pin", "From", "Tree"], ...rows2])}
`;
}
function sourceNotes(r) {
  return Object.entries(r.provenance.sources ?? {}).filter(([, s]) => s.verification === "differs").map(([name3, s]) => `\u26A0\uFE0F ${s.title} (${code(name3)}) is not the pinned tree ${s.version}: built from the override ${code(envName(name3))} (${code(s.tree ?? "")}); differences may come from it.`);
}
function renderMarkdown(input) {
  const { results, comparison: c3 } = input;
  const counts = STATUSES.map((s) => `${STATUS_LABEL[s]} ${c3.counts[s]}`).join(" \xB7 ");
  const toolchain = c3.toolchainChanges.length ? `> [!WARNING]
> The toolchain differs from the one the baselines were measured with; differences may come from it:
${c3.toolchainChanges.map((t) => `> - ${t.tool}: baseline ${code(t.baseline)}, now ${code(t.now)} (${t.files.join(", ")})`).join("\n")}
` : "";
  const notes = [...sourceNotes(results), ...input.notes ?? []].map((n2) => `> ${n2}`).join("\n>\n");
  const pins = (input.pins ?? []).map((p) => `**${pinChangeText(p)}**`).join("<br>");
  return [
    MARKER,
    pins && `${pins}
`,
    `## wasm-mcu-bench: ${verdictLine(c3, input.acceptedBy)}
`,
    `${counts}
`,
    notes && `${notes}
`,
    toolchain,
    keep(changesTable(c3)),
    notCompared(c3),
    footprintSection(results),
    ownersSection(results),
    slowdownCharts(results),
    overheadTable(results),
    editsSection(input.baselineEdits),
    matrixDetails(c3),
    keep(provenanceSection(results, c3))
  ].filter(Boolean).join("\n");
}

// src/github/comment.ts
var MAX_COMMENT = 65e3;
function sections(body) {
  const out = [];
  let depth = 0;
  let fence = false;
  let afterKeep = false;
  let titled = false;
  for (const line of body.split("\n")) {
    const top = !fence && depth === 0;
    const heading = top && /^#{1,6} /.test(line);
    const boundary = top && !afterKeep && (line === KEEP || heading || line.startsWith("<details"));
    if (boundary || !out.length) out.push({ text: line, keep: line === KEEP || !out.length || heading && !titled, title: titleOf(line) });
    else {
      const s = out[out.length - 1];
      s.text += `
${line}`;
      if (!s.title) s.title = titleOf(line);
    }
    titled ||= heading;
    afterKeep = top && line === KEEP;
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (!fence) depth = Math.max(0, depth + (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0));
  }
  return out;
}
var titleOf = (line) => /^#{1,6} (.*)/.exec(line)?.[1] ?? /<summary>(.*?)<\/summary>/.exec(line)?.[1] ?? "";
function shrink(text, max) {
  const lines = text.split("\n");
  let kept = "";
  let rows2 = 0;
  for (const [i2, line] of lines.entries()) {
    const next = i2 ? `${kept}
${line}` : line;
    if (next.length + 200 > max) {
      rows2 = lines.slice(i2).filter((l) => l.startsWith("|")).length;
      break;
    }
    kept = next;
  }
  const open4 = (kept.match(/<details[\s>]/g)?.length ?? 0) - (kept.match(/<\/details>/g)?.length ?? 0);
  const fenced = (kept.match(/^(```|~~~)/gm)?.length ?? 0) % 2 === 1;
  return `${kept}${fenced ? "\n```" : ""}

_\u2026 ${rows2 ? `${rows2} more row(s)` : "the rest of this section"} in the full report._
${"\n</details>".repeat(Math.max(0, open4))}`;
}
function fitComment(body, full = {}) {
  if (body.length <= MAX_COMMENT) return body;
  const all = sections(body);
  const where = [full.summaryUrl ? `the [job summary](${full.summaryUrl})` : "the job summary", full.artifact && `the artifact \`${full.artifact}\` (report.md)`].filter(Boolean).join(" and ");
  const note = (left2) => `> [!NOTE]
> Cut to fit a pull request comment (GitHub takes at most 65,536 characters): ${left2.length ? `left out ${left2.map((s) => s.title ? `\u201C${s.title}\u201D` : "a section").join(", ")}` : "shortened the sections above"}. The whole report is in ${where}.
`;
  let room = MAX_COMMENT - note(all.filter((s) => !s.keep)).length - 2 * all.length;
  const keepers = all.filter((s) => s.keep).sort((a2, b) => a2.text.length - b.text.length);
  const allowance = /* @__PURE__ */ new Map();
  keepers.forEach((s, i2) => {
    const share = Math.floor(room / (keepers.length - i2));
    allowance.set(s, Math.min(s.text.length, share));
    room -= allowance.get(s);
  });
  const chosen = all.map((s) => {
    if (s.keep) return { ...s, text: allowance.get(s) < s.text.length ? shrink(s.text, allowance.get(s)) : s.text, left: false };
    const fits = s.text.length + 1 <= room;
    if (fits) room -= s.text.length + 1;
    return { ...s, left: !fits };
  });
  const left = chosen.filter((s) => s.left);
  const at = left.length ? chosen.indexOf(left[0]) : chosen.length;
  const parts = chosen.map((s) => s.left ? void 0 : s.text);
  parts.splice(at, 0, note(left));
  return parts.filter((p) => p !== void 0).join("\n");
}
var runUrl = (c3 = context) => `${c3.serverUrl}/${c3.repo.owner}/${c3.repo.repo}/actions/runs/${c3.runId}`;
async function upsertComment(octokit, where, body) {
  const { owner, repo, issueNumber } = where;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c3) => c3.body?.includes(MARKER));
  if (mine) {
    const r2 = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: "updated", id: r2.data.id, url: r2.data.html_url };
  }
  const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: "created", id: r.data.id, url: r.data.html_url };
}

// src/tools.ts
import { existsSync as existsSync2, readFileSync as readFileSync4 } from "node:fs";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var PACKAGES = {
  "arm-none-eabi-gcc": "gcc-arm-none-eabi",
  cmake: "cmake",
  ninja: "ninja-build",
  "qemu-system-arm": "qemu-system-arm",
  gcc: "gcc",
  valgrind: "valgrind",
  // child.ts runs every build and run under these two, so that no child outlives the tool.
  setpriv: "util-linux",
  timeout: "coreutils"
};
async function requireTools(names) {
  const missing = [];
  for (const name3 of names) {
    const r = await execa(name3, ["--version"], { reject: false });
    if (r.failed) missing.push(name3);
  }
  if (missing.length)
    throw new UserError(`missing ${missing.join(", ")}: install the Debian package${missing.length > 1 ? "s" : ""} ${missing.map((m) => PACKAGES[m] ?? m).join(" ")} (scripts/setup.sh does it)`);
}
async function toolVersion(name3) {
  const r = await execa(name3, ["--version"], { reject: false });
  return r.failed ? "missing" : String(r.stdout).split("\n")[0].trim();
}
function packageRoot() {
  let dir = dirname3(fileURLToPath3(import.meta.url));
  for (; ; ) {
    const pkg = join4(dir, "package.json");
    if (existsSync2(pkg) && JSON.parse(readFileSync4(pkg, "utf8")).name === "wasm-mcu-bench") return dir;
    const up = dirname3(dir);
    if (up === dir) throw new Error("cannot find the wasm-mcu-bench package root");
    dir = up;
  }
}
function toolPackageVersion() {
  return JSON.parse(readFileSync4(join4(packageRoot(), "package.json"), "utf8")).version;
}

// src/interrupt.ts
import { constants as constants4 } from "node:os";
var Interrupted = class extends Error {
  constructor(signal, message = `interrupted by ${signal}`) {
    super(message);
    this.signal = signal;
  }
  signal;
  name = "Interrupted";
  get exitCode() {
    return 128 + constants4.signals[this.signal];
  }
};
var stopSignal = (s) => s?.aborted ? s.reason === "SIGINT" ? "SIGINT" : "SIGTERM" : void 0;
function onStopSignals() {
  const controller = new AbortController();
  const handler = (name3) => {
    if (controller.signal.aborted) process.exit(128 + constants4.signals[name3]);
    process.stderr.write(`wasm-mcu-bench: ${name3}: stopping the running variants, writing the finished ones (again to quit at once)
`);
    controller.abort(name3);
  };
  const names = ["SIGINT", "SIGTERM"];
  for (const n2 of names) process.on(n2, handler);
  return { signal: controller.signal, dispose: () => names.forEach((n2) => process.off(n2, handler)) };
}

// src/run/lock.ts
import { hostname } from "node:os";
import { readFileSync as readFileSync5 } from "node:fs";
import { link, mkdir as mkdir3, open, readFile as readFile2, rename as rename2, rm as rm2, rmdir } from "node:fs/promises";
import { join as join5, resolve as resolve2 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var Busy = class extends Error {
  constructor(message, owner) {
    super(message);
    this.owner = owner;
  }
  owner;
  name = "Busy";
};
var alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
};
function processStart(pid) {
  try {
    const stat2 = readFileSync5(`/proc/${pid}/stat`, "utf8");
    const start2 = Number(stat2.slice(stat2.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(start2) ? start2 : void 0;
  } catch {
    return void 0;
  }
}
var readOwner = async (path6) => {
  try {
    return JSON.parse(await readFile2(path6, "utf8"));
  } catch {
    return void 0;
  }
};
function isStale(o2, path6) {
  if (!o2) return true;
  if (o2.file !== void 0 && o2.file !== resolve2(path6)) return true;
  if (o2.host !== hostname()) return false;
  if (!alive(o2.pid)) return true;
  const start2 = o2.start === void 0 ? void 0 : processStart(o2.pid);
  return start2 !== void 0 && start2 !== o2.start;
}
async function tryCreate(path6, owner) {
  const tmp = `${path6}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const h2 = await open(tmp, "wx");
  try {
    await h2.writeFile(JSON.stringify(owner));
  } finally {
    await h2.close();
  }
  try {
    await link(tmp, path6);
    return true;
  } catch (e) {
    if (e.code === "EEXIST") return false;
    throw e;
  } finally {
    await rm2(tmp, { force: true });
  }
}
async function breakStale(path6, seen) {
  const aside = `${path6}.stale.${process.pid}`;
  try {
    await rename2(path6, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (JSON.stringify(moved) !== JSON.stringify(seen) && !isStale(moved, path6)) await link(aside, path6).catch(() => void 0);
  await rm2(aside, { force: true });
}
async function takeLock(path6, what, timeoutMs, pollMs = 200) {
  const start2 = processStart(process.pid);
  const me = { pid: process.pid, host: hostname(), since: (/* @__PURE__ */ new Date()).toISOString(), what, ...start2 !== void 0 ? { start: start2 } : {}, file: resolve2(path6) };
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    if (await tryCreate(path6, me)) {
      return {
        async release() {
          const o2 = await readOwner(path6);
          if (o2 && o2.pid === me.pid && o2.since === me.since && o2.what === me.what) await rm2(path6, { force: true });
        }
      };
    }
    const owner = await readOwner(path6);
    if (isStale(owner, path6)) {
      await breakStale(path6, owner);
      continue;
    }
    if (Date.now() >= deadline)
      throw new Busy(`busy: locked by pid ${owner.pid} on ${owner.host} since ${owner.since} (${owner.what}); lock file ${path6}`, owner);
    await sleep(pollMs);
  }
}
async function lockBoard(dir, board2, what, timeoutMs, pollMs = 200) {
  await mkdir3(dir, { recursive: true });
  return takeLock(join5(dir, `${board2}.lock`), what, timeoutMs, pollMs);
}
var OUT_LOCK = ".wasm-mcu-bench.lock";
async function lockOutDir(outDir, what) {
  const made = await mkdir3(outDir, { recursive: true }).catch((e) => {
    if (e.code === "EEXIST" || e.code === "ENOTDIR") throw new UserError(`output folder ${resolve2(outDir)}: it, or a folder above it, is a file; choose another --out`);
    throw e;
  });
  try {
    const held = await takeLock(join5(outDir, OUT_LOCK), what, 0);
    return {
      async release() {
        await held.release();
        if (made) await rmdir(outDir).catch(() => void 0);
      }
    };
  } catch (e) {
    if (!(e instanceof Busy) || !e.owner) throw e;
    const o2 = e.owner;
    throw new UserError(`output folder ${resolve2(outDir)} is in use by another run: pid ${o2.pid} on ${o2.host} (${o2.what}) since ${o2.since}; wait for it to finish or choose another --out (lock file ${join5(resolve2(outDir), OUT_LOCK)})`);
  }
}

// src/pipeline.ts
import { existsSync as existsSync7 } from "node:fs";
import { mkdir as mkdir9, readdir as readdir4, readFile as readFile11, writeFile as writeFile6 } from "node:fs/promises";
import { dirname as dirname9, join as join14, resolve as resolve6 } from "node:path";

// src/baseline/baseline.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir4, open as open2, readdir, readFile as readFile3, rename as rename3, rm as rm3, stat } from "node:fs/promises";
import { dirname as dirname5, join as join6, relative as relative2 } from "node:path";

// src/git.ts
import { dirname as dirname4, relative } from "node:path";
var git = (cwd, args) => execa("git", args, { cwd, reject: false, stripFinalNewline: true });
function refProblem(ref) {
  if (ref === "") return "it is empty";
  if (ref.startsWith("-")) return 'it starts with "-" (git would read it as an option)';
  if (/[\s\x00-\x1f\x7f]/.test(ref)) return "it contains a space or a control character";
  return void 0;
}
var fetchable = (ref) => /^[A-Za-z0-9_][\w./-]*$/.test(ref) && !ref.includes("..") && !ref.endsWith(".lock");
var commitOf = async (cwd, ref) => {
  const r = await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  return r.failed ? void 0 : String(r.stdout);
};
async function findCommit(cwd, ref) {
  if (refProblem(ref)) return void 0;
  const here = await commitOf(cwd, ref);
  if (here || !fetchable(ref)) return here;
  const f = await git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", "--end-of-options", ref]);
  return f.failed ? void 0 : await commitOf(cwd, ref) ?? commitOf(cwd, "FETCH_HEAD");
}
async function requireCommit(cwd, ref, what) {
  const problem = refProblem(ref);
  if (problem) throw new UserError(`${what} ${JSON.stringify(ref)} is not a commit name: ${problem}`);
  if ((await git(cwd, ["rev-parse", "--git-dir"])).failed) throw new UserError(`${what} ${ref}: ${cwd} is not in a git repository`);
  const sha = await findCommit(cwd, ref);
  if (!sha) throw new UserError(`${what} ${ref}: no such commit here, and fetching it from origin failed (with actions/checkout, set fetch-depth: 0)`);
  return sha;
}
async function filesAt(dir, sha) {
  const cwd = dirname4(dir);
  const r = await git(cwd, ["ls-tree", "-r", "--name-only", "--full-name", "--end-of-options", sha, "--", relative(cwd, dir) || "."]);
  return r.failed ? [] : String(r.stdout).split("\n").filter(Boolean);
}
async function showAt(anyPathInRepo, path6, sha) {
  const top = await git(dirname4(anyPathInRepo), ["rev-parse", "--show-toplevel"]);
  if (top.failed) return void 0;
  const r = await git(String(top.stdout), ["cat-file", "blob", "--end-of-options", `${sha}:${path6}`]);
  return r.failed ? void 0 : String(r.stdout);
}
async function repoPath(file) {
  const r = await git(dirname4(file), ["ls-files", "--full-name", "--error-unmatch", "--", file]);
  if (!r.failed) return String(r.stdout).split("\n")[0];
  const top = await git(dirname4(file), ["rev-parse", "--show-toplevel"]);
  return top.failed ? void 0 : relative(String(top.stdout), file);
}

// src/baseline/baseline.ts
var metricSchema = {
  type: "object",
  required: ["value", "unit"],
  additionalProperties: false,
  properties: {
    value: { type: "number" },
    unit: { type: "string" },
    capacity: { type: "number" },
    percent: { type: "number" },
    spread: { type: "number" },
    runs: { type: "number" },
    samples: { type: "array", items: { type: "number" } },
    ci: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 },
    ci_level: { type: "number" }
  }
};
var provenance = {
  type: "object",
  required: ["commit", "date", "toolchain"],
  properties: { commit: { type: "string" }, date: { type: "string" }, toolchain: { type: "object", additionalProperties: { type: "string" } } }
};
var baselineSchema = {
  type: "object",
  required: ["schemaVersion", "target", "board", "provenance", "variants"],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: 1 },
    target: { type: "string" },
    board: { type: "string" },
    provenance,
    variants: {
      type: "object",
      additionalProperties: { type: "object", required: ["metrics"], additionalProperties: false, properties: { metrics: { type: "object", additionalProperties: metricSchema }, provenance } }
    }
  }
};
var validate2 = validator(baselineSchema);
function parseBaseline(file, text, at) {
  const parsed = parseWithPositions(file, text);
  const version = parsed.value?.schemaVersion;
  if (version !== void 0 && version !== 1)
    fail(parsed, ["schemaVersion"], `schema version ${JSON.stringify(version)} is not supported (this wasm-mcu-bench reads version 1)`);
  const b = validate2(parsed);
  for (const id of Object.keys(b.variants))
    if (!id.startsWith(`${b.board}/`) || !id.endsWith(`@${b.target}`))
      throw new UserError(`${file}: variants.${id}: belongs to another board or target than ${b.board}@${b.target}`);
  if (at !== void 0 && at !== `${b.target}/${b.board}.json`)
    throw new UserError(`${file}: holds target ${b.target}, board ${b.board}, so it belongs in ${b.target}/${b.board}.json`);
  return b;
}
var baselinePath = (dir, target, board2) => join6(dir, target, `${board2}.json`);
function index(files, source) {
  const byId = /* @__PURE__ */ new Map();
  for (const f of files) for (const [id, v] of Object.entries(f.variants)) byId.set(id, { metrics: v.metrics, file: f });
  return { files, byId, source };
}
async function readBaselines(dir) {
  const files = [];
  const targets = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const t of targets.filter((e) => e.isDirectory()).map((e) => e.name).sort())
    for (const name3 of (await readdir(join6(dir, t))).filter((n2) => n2.endsWith(".json")).sort()) {
      const path6 = join6(dir, t, name3);
      files.push(parseBaseline(path6, await readFile3(path6, "utf8"), `${t}/${name3}`));
    }
  return index(files, "working tree");
}
async function readBaselinesAt(dir, ref) {
  const sha = await findCommit(dirname5(dir), ref);
  if (!sha) return void 0;
  const files = [];
  for (const path6 of (await filesAt(dir, sha)).filter((p) => /\/[^/]+\/[^/]+\.json$/.test(p)).sort()) {
    const text = await showAt(dir, path6, sha);
    if (text !== void 0) files.push(parseBaseline(`${path6} at ${ref.slice(0, 12)}`, text, path6.split("/").slice(-2).join("/")));
  }
  return index(files, ref);
}
function baselinesFrom(results, provenance3) {
  const files = /* @__PURE__ */ new Map();
  for (const r of results) {
    if (r.status !== "ok") continue;
    const key = `${r.target}/${r.board}`;
    const f = files.get(key) ?? { schemaVersion: 1, target: r.target, board: r.board, provenance: provenance3, variants: {} };
    f.variants[r.id] = { metrics: r.metrics };
    files.set(key, f);
  }
  return [...files.values()];
}
function updateBaselines(existing, results, provenance3, keep2) {
  const fresh = new Map(baselinesFrom(results, provenance3).map((f) => [`${f.target}/${f.board}`, f]));
  const old = new Map(existing.map((f) => [`${f.target}/${f.board}`, f]));
  const out = { files: [], emptied: [], removed: [], kept: [] };
  for (const key of [.../* @__PURE__ */ new Set([...old.keys(), ...fresh.keys()])].sort()) {
    const before = old.get(key);
    const now = fresh.get(key);
    const variants = {};
    let removed = 0;
    for (const [id, entry] of Object.entries(before?.variants ?? {})) {
      if (now?.variants[id]) continue;
      if (keep2(id)) {
        variants[id] = now && !entry.provenance ? { ...entry, provenance: before.provenance } : entry;
        out.kept.push(id);
      } else {
        out.removed.push(id);
        removed++;
      }
    }
    Object.assign(variants, now?.variants);
    if (!now && !removed) continue;
    const file = now ?? before;
    if (!Object.keys(variants).length) out.emptied.push({ target: file.target, board: file.board });
    else out.files.push({ ...file, variants: Object.fromEntries(Object.entries(variants).sort(([a2], [b]) => a2 < b ? -1 : 1)) });
  }
  return out;
}
var JOURNAL = ".wasm-mcu-bench-update.json";
var TMP = /\.json\.\d+\.tmp$/;
var validateJournal = validator({
  type: "object",
  required: ["renames", "deletes"],
  additionalProperties: false,
  properties: {
    renames: { type: "array", items: { type: "array", items: [{ type: "string" }, { type: "string" }], minItems: 2, maxItems: 2 } },
    deletes: { type: "array", items: { type: "string" } }
  }
});
async function writeSynced(path6, text) {
  const h2 = await open2(path6, "w");
  try {
    await h2.writeFile(text);
    await h2.sync();
  } finally {
    await h2.close();
  }
}
async function apply(dir, j) {
  const inside = (p) => {
    const abs = join6(dir, p);
    if (p.startsWith("/") || p.split(/[\\/]/).includes("..")) throw new UserError(`${join6(dir, JOURNAL)}: ${JSON.stringify(p)} is not a path inside the baselines folder`);
    return abs;
  };
  for (const [tmp, path6] of j.renames) if (existsSync3(inside(tmp))) await rename3(inside(tmp), inside(path6));
  for (const path6 of j.deletes) await rm3(inside(path6), { force: true });
  await rm3(join6(dir, JOURNAL), { force: true });
}
async function recoverBaselines(dir) {
  const notes = [];
  const text = await readFile3(join6(dir, JOURNAL), "utf8").catch(() => void 0);
  if (text !== void 0) {
    const j = validateJournal(parseWithPositions(join6(dir, JOURNAL), text));
    await apply(dir, j);
    notes.push(`finished an interrupted baseline update (${j.renames.length} file(s) written, ${j.deletes.length} deleted)`);
  }
  const targets = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let stray = 0;
  for (const t of targets.filter((e) => e.isDirectory()))
    for (const name3 of (await readdir(join6(dir, t.name))).filter((n2) => TMP.test(n2))) {
      await rm3(join6(dir, t.name, name3), { force: true });
      stray++;
    }
  if (stray) notes.push(`deleted ${stray} temporary file(s) of an interrupted baseline update`);
  return notes.length ? `${dir}: ${notes.join("; ")}` : void 0;
}
async function stageBaselines(dir, files, emptied = []) {
  const staged = [];
  try {
    for (const f of files) {
      const path6 = baselinePath(dir, f.target, f.board);
      const tmp = `${path6}.${process.pid}.tmp`;
      await mkdir4(dirname5(path6), { recursive: true });
      await writeSynced(tmp, `${JSON.stringify(f, null, 2)}
`);
      staged.push([tmp, path6]);
    }
  } catch (e) {
    await Promise.all(staged.map(([tmp]) => rm3(tmp, { force: true })));
    throw e;
  }
  const rel = (p) => relative2(dir, p);
  const journal = { renames: staged.map(([tmp, path6]) => [rel(tmp), rel(path6)]), deletes: emptied.map((e) => rel(baselinePath(dir, e.target, e.board))) };
  await writeSynced(join6(dir, JOURNAL), `${JSON.stringify(journal, null, 2)}
`);
  return journal;
}
async function writeBaselines(dir, files, emptied = []) {
  await recoverBaselines(dir);
  const journal = await stageBaselines(dir, files, emptied);
  await apply(dir, journal);
  return journal.renames.map(([, path6]) => join6(dir, path6));
}
async function checkBaselineFolder(dir, namedAt) {
  const s = await stat(dir).catch(() => void 0);
  if (s && !s.isDirectory()) throw new UserError(`${dir}: the baselines folder is not a folder${namedAt ? ` (named at ${namedAt})` : ""}`);
  if (!s && namedAt)
    throw new UserError(`${namedAt}: baselines: ${dir} does not exist (a misspelt name? if this repository has no baselines yet, \`wasm-mcu-bench update-baselines\` creates them)`);
}

// src/config/config.ts
import { readFile as readFile5 } from "node:fs/promises";

// src/config/schema.ts
var oneOrMany = (values) => ({
  anyOf: [{ enum: [...values] }, { type: "array", items: { enum: [...values] }, minItems: 1 }]
});
var list = (values) => ({ type: "array", items: { enum: [...values] }, minItems: 1, uniqueItems: true });
var cflags = { type: "array", items: { type: "string", minLength: 1 } };
var defines = {
  type: "object",
  propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
  additionalProperties: { type: ["string", "number", "boolean"] }
};
var MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1e3);
var seconds = { type: "number", exclusiveMinimum: 0, maximum: MAX_SECONDS, description: "seconds, about 24.8 days: the longest timer Node.js has" };
var threshold = {
  type: "object",
  additionalProperties: false,
  properties: {
    direction: { enum: ["smaller", "larger"] },
    percent: { type: "number", minimum: 0 },
    limit: { type: "number" }
  }
};
var thresholds = {
  type: "object",
  propertyNames: { enum: Object.keys(METRICS) },
  additionalProperties: threshold
};
var configSchema = {
  type: "object",
  additionalProperties: false,
  required: ["boards", "stacks", "runtimes", "benchmarks"],
  properties: {
    boards: list(Object.keys(BOARDS)),
    stacks: list(STACKS),
    runtimes: list(RUNTIMES),
    benchmarks: list(BENCHMARKS),
    targets: list(TARGETS),
    exclude: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: {
          board: oneOrMany(Object.keys(BOARDS)),
          stack: oneOrMany(STACKS),
          runtime: oneOrMany(RUNTIMES),
          benchmark: oneOrMany(BENCHMARKS),
          target: oneOrMany(TARGETS),
          // Why the cells are left out on purpose: their baselines are then not missed (see README).
          reason: { type: "string", minLength: 1 }
        }
      }
    },
    build: {
      type: "object",
      additionalProperties: false,
      properties: { cflags, defines }
    },
    run: {
      type: "object",
      additionalProperties: false,
      properties: {
        timeout: seconds,
        // 0: one per CPU. Each job is a compiler or an emulator: more than this only thrashes.
        jobs: { type: "integer", minimum: 0, maximum: 256, description: "parallel variants; 0 is one per CPU" }
      }
    },
    thresholds,
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: { type: "string", minLength: 1 },
          thresholds,
          cflags,
          defines
        }
      }
    },
    baselines: { type: "string", minLength: 1 },
    host: {
      type: "object",
      additionalProperties: false,
      properties: {
        runtimes: list(HOST_RUNTIMES),
        repeat: { type: "integer", minimum: 1, maximum: 1e3 },
        clock_ghz: { type: "number", exclusiveMinimum: 0 }
      }
    },
    inventory: { type: "string", minLength: 1 }
  }
};

// src/inventory/inventory.ts
import { readFile as readFile4 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname6, join as join7, resolve as resolve3 } from "node:path";

// src/run/flash/options.ts
var FLASHER_TYPES = ["openocd", "pyocd", "st-flash", "probe-rs", "gdb"];
var FLASHER_OPTIONS = {
  // interface/target: OpenOCD config files; commands: extra -c commands before programming.
  openocd: { binary: "string", interface: "string", target: "string", commands: "string[]" },
  pyocd: { binary: "string", target: "string", frequency: "string" },
  // address: where the raw image is written (default: the image's first loadable section).
  "st-flash": { binary: "string", objcopy: "string", address: "string" },
  "probe-rs": { binary: "string", chip: "string", protocol: "string" },
  // remote: HOST:PORT of a GDB server (a probe's, OpenOCD's, or QEMU's -gdb); reset: how to start the
  // loaded image: "vector" sets SP and PC from its vector table, "monitor" sends `monitor <monitor>`.
  gdb: { binary: "string", remote: "string", reset: "string", monitor: "string" }
};

// src/inventory/schema.ts
var argv = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 };
var name = { type: "string", minLength: 1 };
var flasher = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { enum: [...FLASHER_TYPES] },
    // Flasher-specific settings (see src/run/flash/<type>.ts); unknown keys are refused there.
    options: { type: "object", additionalProperties: { type: ["string", "number", "boolean", "array"] } },
    timeout: seconds
  }
};
var sigrok = {
  type: "object",
  additionalProperties: false,
  required: ["driver", "channel"],
  properties: {
    driver: { type: "string", minLength: 1 },
    channel: { type: "string", minLength: 1 },
    samples: { type: "integer", minimum: 16 },
    config: { type: "array", items: { type: "string", minLength: 1 } },
    channelGroup: { type: "string", minLength: 1 },
    trigger: { enum: ["r", "f", "e"] }
  }
};
var board = {
  type: "object",
  additionalProperties: false,
  required: ["name", "board", "serial", "flasher", "runner"],
  properties: {
    name,
    board: { enum: Object.keys(BOARDS) },
    probe: { type: "string", minLength: 1 },
    serial: { type: "string", minLength: 1 },
    baud: { type: "integer", minimum: 300 },
    flasher,
    runner: { anyOf: [name, { type: "array", items: name, minItems: 1 }] },
    image: { enum: ["hardware", "emulated"] },
    pre: argv,
    helloTimeout: seconds,
    sigrok
  }
};
var inventorySchema = {
  type: "object",
  additionalProperties: false,
  required: ["boards"],
  properties: {
    lock: {
      type: "object",
      additionalProperties: false,
      properties: { dir: { type: "string", minLength: 1 }, timeout: seconds }
    },
    boards: { type: "array", items: board }
  }
};

// src/inventory/inventory.ts
var DEFAULT_INVENTORY = "wasm-mcu-bench.boards.yml";
var validate3 = validator(inventorySchema);
var NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function parseSerial(text) {
  const tcp = /^tcp:([^:\s]+):(\d{1,5})$/.exec(text);
  if (tcp && Number(tcp[2]) > 0 && Number(tcp[2]) < 65536) return { kind: "tcp", host: tcp[1], port: Number(tcp[2]), text };
  if (/^\/\S+$/.test(text)) return { kind: "device", path: text, text };
  return void 0;
}
var NOT_A_VALUE = /* @__PURE__ */ new Set(["binary", "objcopy", "commands", "monitor"]);
var optionLike = (parsed, path6, value, program) => value.startsWith("-") && fail(parsed, path6, `"${value}" starts with "-": ${program} would read it as an option`);
var GDB_REMOTE = /^(?:(?:tcp|udp):)?[\w.[\]:-]+:\d{1,5}$|^\/\S+$/;
function checkOptions(parsed, at, type, options) {
  const known = FLASHER_OPTIONS[type];
  for (const [key, value] of Object.entries(options)) {
    const want = known[key];
    if (!want) fail(parsed, [...at, key], `unknown option "${key}" for flasher ${type}; expected one of: ${Object.keys(known).join(", ")}`, true);
    const ok = want === "string[]" ? Array.isArray(value) && value.every((v) => typeof v === "string") : typeof value === want;
    if (!ok) fail(parsed, [...at, key], `expected ${want === "string[]" ? "a list of strings" : want}`);
    if (typeof value === "string" && !NOT_A_VALUE.has(key)) optionLike(parsed, [...at, key], value, type);
  }
  if (typeof options.address === "string" && !/^(0x[0-9a-fA-F]+|\d+)$/.test(options.address))
    fail(parsed, [...at, "address"], `"${options.address}" is not an address (0x08000000)`);
  if (typeof options.remote === "string" && !GDB_REMOTE.test(options.remote))
    fail(parsed, [...at, "remote"], `"${options.remote}" is neither HOST:PORT nor a device path`);
  return options;
}
function parseInventory(file, text) {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value))
    fail(parsed, [], "expected a mapping with a list of boards");
  const raw = validate3(parsed);
  const seen = /* @__PURE__ */ new Map();
  const boards = raw.boards.map((b, i2) => {
    const at = ["boards", i2];
    if (!NAME.test(b.name)) fail(parsed, [...at, "name"], `"${b.name}" is not a usable name (letters, digits, "_", "." and "-"; it names a shard, a lock file and an artifact)`);
    if (seen.has(b.name)) fail(parsed, [...at, "name"], `"${b.name}" is already the name of boards[${seen.get(b.name)}]`);
    seen.set(b.name, i2);
    const serial = parseSerial(b.serial);
    if (!serial) fail(parsed, [...at, "serial"], `"${b.serial}" is neither a device path (/dev/serial/by-id/...) nor tcp:HOST:PORT`);
    const runner = typeof b.runner === "string" ? [b.runner] : b.runner;
    runner.forEach((r, k) => NAME.test(r) || fail(parsed, [...at, "runner", ...typeof b.runner === "string" ? [] : [k]], `"${r}" is not a runner label`));
    const options = checkOptions(parsed, [...at, "flasher", "options"], b.flasher.type, b.flasher.options ?? {});
    if (b.probe && !/^[A-Za-z0-9][\w:.-]*$/.test(b.probe))
      fail(parsed, [...at, "probe"], `"${b.probe}" is not a probe serial number (letters, digits, ":", "_", "." and "-", not first)`);
    if (b.flasher.type !== "gdb" && !b.probe) fail(parsed, at, `missing key "probe": flasher ${b.flasher.type} needs the probe's serial number, so it never flashes another board`);
    if (b.flasher.type === "gdb") {
      if (typeof options.remote !== "string") fail(parsed, [...at, "flasher"], "flasher gdb needs options.remote (HOST:PORT of the GDB server)");
      if (options.reset !== void 0 && options.reset !== "vector" && options.reset !== "monitor")
        fail(parsed, [...at, "flasher", "options", "reset"], `"${String(options.reset)}" is not known; expected one of: vector, monitor`);
    }
    const s = b.sigrok;
    if (s) {
      if (/[=,\s]/.test(s.channel)) fail(parsed, [...at, "sigrok", "channel"], `"${s.channel}" is not one sigrok channel name (e.g. D0)`);
      s.config?.forEach((c3, k) => /^[^=\s-][^=\s]*=\S+$/.test(c3) || fail(parsed, [...at, "sigrok", "config", k], `"${c3}" is not a sigrok KEY=VALUE option`));
      for (const key of ["driver", "channel", "channelGroup"]) if (s[key]) optionLike(parsed, [...at, "sigrok", key], s[key], "sigrok-cli");
    }
    return {
      name: b.name,
      board: b.board,
      ...b.probe ? { probe: b.probe } : {},
      serial,
      baud: b.baud ?? 115200,
      flasher: { type: b.flasher.type, options, timeoutMs: (b.flasher.timeout ?? 120) * 1e3 },
      runner,
      image: b.image ?? "hardware",
      ...b.pre ? { pre: b.pre } : {},
      helloTimeoutMs: (b.helloTimeout ?? 10) * 1e3,
      ...s ? { sigrok: { driver: s.driver, channel: s.channel, samples: s.samples ?? 1e6, config: s.config ?? [], ...s.channelGroup ? { channelGroup: s.channelGroup } : {}, ...s.trigger ? { trigger: s.trigger } : {} } } : {},
      where: position(parsed, at)
    };
  });
  const lockDir = raw.lock?.dir ? resolve3(dirname6(resolve3(file)), raw.lock.dir) : join7(tmpdir(), "wasm-mcu-bench-locks");
  return { file, lockDir, lockTimeoutMs: (raw.lock?.timeout ?? 3600) * 1e3, boards };
}
async function loadInventory(file) {
  let text;
  try {
    text = await readFile4(file, "utf8");
  } catch (e) {
    throw new UserError(`${file}: cannot read the board inventory (${e.code ?? String(e)}); target hardware needs one (see README "Board inventory")`);
  }
  return parseInventory(file, text);
}

// src/config/config.ts
var AXES = ["board", "stack", "runtime", "benchmark", "target"];
var validate4 = validator(configSchema);
var stringDefines = (d = {}) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === "boolean" ? v ? "1" : "0" : String(v)]));
function defineProblem(value) {
  if (value.includes(";")) return `';' separates CMake list items: it would become a second definition`;
  if (value.includes("#")) return `CMake drops a definition that contains '#'`;
  if (/[[\]]/.test(value)) return `'[' and ']' change how CMake splits the list of definitions`;
  if (value.includes("$")) return `'$' starts CMake generator expressions and make variables ($<...>, $(...))`;
  if (/[\x00-\x1f\x7f]/.test(value)) return "a control character (newline, tab) cannot be on a compiler command line";
  if (value.trim() !== value) return "the compiler drops leading and trailing spaces";
  return void 0;
}
function cflagProblem(flag) {
  if (!flag.startsWith("-")) return 'a flag starts with "-" (anything else is an input file to the compiler)';
  if (/[;\s]/.test(flag)) return `one flag per list item, without spaces or ';'`;
  if (/["'\\]/.test(flag)) return "the firmware splits flags like a shell command line, so quotes and backslashes would vanish (give a value with quotes under build.defines)";
  if (flag.includes("$")) return `'$' starts CMake generator expressions and make variables ($<...>, $(...))`;
  return void 0;
}
function checkBuildSettings(parsed, at, cflags2 = [], defines2 = {}) {
  cflags2.forEach((f, i2) => {
    const why = cflagProblem(f);
    if (why) fail(parsed, [...at, "cflags", i2], `${JSON.stringify(f)} cannot be passed exactly: ${why}`);
  });
  for (const [name3, value] of Object.entries(defines2)) {
    const why = typeof value === "string" ? defineProblem(value) : void 0;
    if (why) fail(parsed, [...at, "defines", name3], `${JSON.stringify(value)} cannot be passed exactly: ${why}`);
  }
}
function parseConfig(file, text) {
  const parsed = parseWithPositions(file, text);
  if (parsed.value === null || typeof parsed.value !== "object" || Array.isArray(parsed.value))
    fail(parsed, [], "expected a mapping with boards, stacks, runtimes and benchmarks");
  const raw = validate4(parsed);
  checkBuildSettings(parsed, ["build"], raw.build?.cflags, raw.build?.defines);
  (raw.overrides ?? []).forEach((o2, i2) => {
    checkBuildSettings(parsed, ["overrides", i2], o2.cflags, o2.defines);
    if (!/^[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+\/[\w*?.-]+@[\w*?-]+$/.test(o2.match))
      fail(parsed, ["overrides", i2, "match"], `"${o2.match}" is not a variant pattern <board>/<stack>/<runtime>/<benchmark>@<target> (* and ? allowed)`);
  });
  (raw.exclude ?? []).forEach((ex, i2) => {
    if (!AXES.some((a2) => a2 in ex)) fail(parsed, ["exclude", i2], `an exclude entry needs at least one of ${AXES.join(", ")}`);
  });
  return {
    file,
    boards: raw.boards,
    stacks: raw.stacks,
    runtimes: raw.runtimes,
    benchmarks: raw.benchmarks,
    targets: raw.targets ?? ["emulated"],
    exclude: raw.exclude ?? [],
    cflags: raw.build?.cflags ?? [],
    defines: stringDefines(raw.build?.defines),
    timeoutSeconds: raw.run?.timeout ?? 300,
    jobs: raw.run?.jobs ?? 0,
    thresholds: raw.thresholds ?? {},
    overrides: raw.overrides ?? [],
    baselines: raw.baselines ?? "baselines",
    ...raw.baselines !== void 0 ? { baselinesAt: position(parsed, ["baselines"]) } : {},
    host: {
      runtimes: raw.host?.runtimes ?? [...HOST_RUNTIMES],
      repeat: raw.host?.repeat ?? 11,
      // The study's host (an i5-9600K pinned at 3.7 GHz), so equivalent cycles compare with its table.
      clockGhz: raw.host?.clock_ghz ?? 3.7
    },
    inventory: raw.inventory ?? DEFAULT_INVENTORY
  };
}
async function loadConfig(file) {
  let text;
  try {
    text = await readFile5(file, "utf8");
  } catch (e) {
    throw new UserError(`${file}: cannot read the config file (${e.code ?? String(e)})`);
  }
  return parseConfig(file, text);
}

// src/config/matrix.ts
var variantId = (v) => `${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`;
function matches(pattern, id) {
  const re = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/@]*").replace(/\?/g, "[^/@]");
  return new RegExp(`^${re}$`).test(id);
}
function excluded(cell, ex) {
  return AXES.every((axis) => {
    const want = ex[axis];
    return want === void 0 || (Array.isArray(want) ? want : [want]).includes(cell[axis]);
  });
}
function notBuiltReason(cell, can) {
  if (!can.targets.includes(cell.target)) return `no run backend for target ${cell.target} yet`;
  if (cell.target !== "host" && HOST_ONLY_RUNTIMES.includes(cell.runtime)) return `runtime ${cell.runtime} runs on the host only`;
  if (!can.stacks.includes(cell.stack)) return `stack ${cell.stack} not implemented yet`;
  if (!can.runtimes.includes(cell.runtime)) return `runtime ${cell.runtime} not implemented yet`;
  return void 0;
}
function cells(config, target) {
  const host = target === "host";
  const out = [];
  for (const board2 of host ? [HOST_BOARD] : config.boards)
    for (const stack of host ? [HOST_STACK] : config.stacks)
      for (const runtime of host ? config.host.runtimes : config.runtimes)
        for (const benchmark of config.benchmarks) out.push({ board: board2, stack, runtime, benchmark, target });
  return out;
}
function expandMatrix(config, can) {
  const out = [];
  for (const target of config.targets)
    for (const cell of cells(config, target)) {
      if (config.exclude.some((ex) => excluded(cell, ex))) continue;
      const id = variantId(cell);
      const mine = config.overrides.filter((o2) => matches(o2.match, id));
      const notBuilt = cell.target === "host" && cell.benchmark === "toggle" ? "the host has no GPIO to toggle" : notBuiltReason(cell, can);
      out.push({
        id,
        ...cell,
        cflags: [...config.cflags, ...mine.flatMap((o2) => o2.cflags ?? [])],
        defines: Object.assign({}, config.defines, ...mine.map((o2) => stringDefines(o2.defines))),
        ...notBuilt ? { notBuilt } : {}
      });
    }
  return out;
}
function placeOf(config, id) {
  for (const target of config.targets)
    for (const cell of cells(config, target))
      if (variantId(cell) === id) {
        const ex = config.exclude.find((e) => excluded(cell, e));
        return ex ? { excluded: ex } : { in: true };
      }
  return { outside: true };
}
var keepsBaseline = (p) => "in" in p || "excluded" in p && !p.excluded.reason;
function absence(config, ranTargets) {
  return (id) => {
    const p = placeOf(config, id);
    if ("outside" in p) return { reason: "no longer in the config's matrix (update-baselines removes its entry)", expected: true };
    if ("excluded" in p)
      return p.excluded.reason ? { reason: `excluded by the config: ${p.excluded.reason}`, expected: true } : { reason: "excluded by the config without a reason (if on purpose, give the exclude entry a `reason`)", expected: false };
    const target = id.slice(id.lastIndexOf("@") + 1);
    if (!ranTargets.includes(target)) return { reason: `target ${target} is not in this run`, expected: true };
    return { reason: "in the baseline but not in this run", expected: false };
  };
}
function thresholdsFor(config, id) {
  const merged = structuredClone(config.thresholds);
  for (const o2 of config.overrides)
    if (matches(o2.match, id))
      for (const [metric, t] of Object.entries(o2.thresholds ?? {})) merged[metric] = { ...merged[metric], ...t };
  return merged;
}

// src/execute.ts
import { mkdir as mkdir6, readFile as readFile8, writeFile as writeFile4 } from "node:fs/promises";
import { join as join9 } from "node:path";
import { availableParallelism } from "node:os";

// src/build/cmake.ts
import { mkdir as mkdir5, readFile as readFile6, realpath, rm as rm4, writeFile as writeFile3 } from "node:fs/promises";
import { existsSync as existsSync4 } from "node:fs";

// src/child.ts
var GRACE_S = 3;
function guardedArgv(argv2, limitMs) {
  const limit = limitMs === void 0 ? "0" : `${Math.ceil(limitMs / 1e3) + GRACE_S}s`;
  return ["setpriv", "--pdeathsig", "TERM", "--", "timeout", `--kill-after=${GRACE_S}s`, "--", limit, ...argv2];
}
async function runGuarded(argv2, options) {
  const { limitMs, signal, ...rest } = options;
  const [bin, ...args] = guardedArgv(argv2, limitMs);
  return execa(bin, args, {
    ...rest,
    ...limitMs !== void 0 ? { timeout: limitMs } : {},
    ...signal ? { cancelSignal: signal } : {},
    // timeout passes SIGTERM on to the group; SIGKILL would kill timeout alone and orphan the program.
    killSignal: "SIGTERM",
    forceKillAfterDelay: (GRACE_S + 2) * 1e3,
    reject: false
  });
}

// src/build/cmake.ts
import { createHash as createHash2 } from "node:crypto";
import { dirname as dirname7, join as join8, resolve as resolve4 } from "node:path";
var BuildError = class extends Error {
  constructor(message, log) {
    super(message);
    this.log = log;
  }
  log;
  name = "BuildError";
};
var slug = (id) => id.replace(/[/@]/g, ".");
function configureArgs(v, firmwareDir, buildDir, extra = {}) {
  const defines2 = Object.entries(v.defines).map(([k, val]) => `${k}=${val}`);
  return [
    "-G",
    "Ninja",
    "-S",
    firmwareDir,
    "-B",
    buildDir,
    `-DBOARD=${v.board}`,
    `-DSTACK=${v.stack}`,
    `-DRUNTIME=${v.runtime}`,
    `-DBENCHMARK=${v.benchmark}`,
    `-DTARGET=${v.image ?? v.target}`,
    `-DWMB_CFLAGS=${v.cflags.join(";")}`,
    `-DWMB_DEFINES=${defines2.join(";")}`,
    ...Object.entries(extra).sort().map(([k, val]) => `-D${k}=${val}`)
  ];
}
function buildFailure(log, lines = 6) {
  const all = log.split("\n").map((l) => l.trim()).filter(Boolean);
  const errors = all.filter((l) => /\berror\b|CMake Error|FATAL|undefined reference|overflowed|will not fit/i.test(l));
  return (errors.length ? errors : all).slice(-lines).map((l) => l.length > 300 ? `${l.slice(0, 297)}...` : l).join("\n");
}
function compilerCache(buildRoot, cacheDir) {
  return {
    args: ["-DCMAKE_C_COMPILER_LAUNCHER=ccache"],
    env: { CCACHE_DIR: join8(cacheDir, "ccache"), CCACHE_BASEDIR: resolve4(buildRoot), CCACHE_NOHASHDIR: "true", CCACHE_COMPILERCHECK: "content" }
  };
}
var cacheEntry = (cache, name3) => new RegExp(`^${name3}:INTERNAL=(.*)$`, "m").exec(cache)?.[1];
function foreignCache(cache, here, source) {
  const dir = cacheEntry(cache, "CMAKE_CACHEFILE_DIR");
  const home = cacheEntry(cache, "CMAKE_HOME_DIRECTORY");
  if (dir !== void 0 && !here.includes(dir)) return `configured in ${dir}`;
  if (home !== void 0 && !source.includes(home)) return `configured from ${home}`;
  return void 0;
}
async function buildFirmware(v, firmwareDir, buildRoot, extra = {}, ccache, signal) {
  const dir = resolve4(buildRoot, slug(v.id));
  const source = resolve4(firmwareDir);
  await mkdir5(dir, { recursive: true });
  let log = "";
  const cache = await readFile6(join8(dir, "CMakeCache.txt"), "utf8").catch(() => void 0);
  const foreign = cache === void 0 ? void 0 : foreignCache(cache, [dir, await realpath(dir)], [source, await realpath(source).catch(() => source)]);
  if (foreign) {
    log += `# ${dir} was ${foreign}: cleared and configured anew
`;
    await rm4(dir, { recursive: true, force: true });
    await mkdir5(dir, { recursive: true });
  }
  const args = [...configureArgs(v, firmwareDir, dir, extra), ...ccache?.args ?? []];
  const stamp = join8(dir, "wmb-configure-args.json");
  const wanted = JSON.stringify(args);
  const run = (a2) => runGuarded(["cmake", ...a2], { all: true, env: ccache?.env ?? {}, ...signal ? { signal } : {} });
  const configured = existsSync4(join8(dir, "CMakeCache.txt")) && await readFile6(stamp, "utf8").catch(() => "") === wanted;
  if (!configured) {
    const r2 = await run(args);
    log += `$ cmake ${args.join(" ")}
${r2.all}
`;
    if (r2.failed) throw new BuildError(`configure failed: ${buildFailure(String(r2.all))}`, log);
    await writeFile3(stamp, wanted);
  }
  const r = await run(["--build", dir]);
  log += `$ cmake --build ${dir}
${r.all}
`;
  if (r.failed) throw new BuildError(`build failed: ${buildFailure(String(r.all))}`, log);
  const info2 = JSON.parse(await readFile6(join8(dir, "wmb-build.json"), "utf8"));
  const recorded = info2.image_sha256 ? (await readFile6(info2.image_sha256, "utf8").catch(() => "")).trim() : "";
  if (!/^[0-9a-f]{64}$/.test(recorded))
    throw new BuildError(`the build recorded no sha256 of its image (${info2.image_sha256 ?? "no image_sha256 in wmb-build.json"}): a firmware tree without firmware/cmake/wmb_image_record.cmake?`, log);
  return { variant: v, elf: info2.elf ?? join8(dir, "firmware.elf"), sha256: recorded, info: info2, log };
}
function notTheBuildsImage(a2, image) {
  const now = createHash2("sha256").update(image).digest("hex");
  return now === a2.sha256 ? void 0 : `${a2.elf} is not the image this build linked: its sha256 is ${now}, the build recorded ${a2.sha256} (replaced after the build?); it is neither run nor measured. Delete ${dirname7(a2.elf)} to build it again`;
}

// src/measure/elf.ts
var SHF_WRITE = 1;
var SHF_ALLOC = 2;
var SHF_EXECINSTR = 4;
var SHT_NOBITS = 8;
var SHT_NOTE = 7;
function parseElf(buf, file = "ELF file") {
  if (buf.length < 52 || buf.readUInt32BE(0) !== 2135247942) throw new UserError(`${file}: not an ELF file`);
  const is64 = buf[4] === 2;
  if (buf[5] !== 1) throw new UserError(`${file}: big-endian ELF is not supported`);
  const num = (off, wide) => wide ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off);
  const machine = buf.readUInt16LE(18);
  const shoff = num(is64 ? 40 : 32, is64);
  const shentsize = buf.readUInt16LE(is64 ? 58 : 46);
  const shnum = buf.readUInt16LE(is64 ? 60 : 48);
  const shstrndx = buf.readUInt16LE(is64 ? 62 : 50);
  if (shoff === 0 || shoff + shnum * shentsize > buf.length) throw new UserError(`${file}: truncated ELF (section headers out of range)`);
  const raw = Array.from({ length: shnum }, (_, i2) => {
    const o2 = shoff + i2 * shentsize;
    return {
      nameOff: buf.readUInt32LE(o2),
      type: buf.readUInt32LE(o2 + 4),
      flags: num(o2 + 8, is64),
      addr: num(is64 ? o2 + 16 : o2 + 12, is64),
      offset: num(is64 ? o2 + 24 : o2 + 16, is64),
      size: num(is64 ? o2 + 32 : o2 + 20, is64)
    };
  });
  const strtab = raw[shstrndx];
  const name3 = (off) => {
    if (!strtab) return "";
    const start2 = strtab.offset + off;
    return buf.toString("latin1", start2, buf.indexOf(0, start2));
  };
  const sections2 = raw.map(({ nameOff, ...s }) => ({ name: name3(nameOff), ...s }));
  return { machine, sections: sections2, ...findBuildId(buf, sections2) ?? {} };
}
function findBuildId(buf, sections2) {
  for (const s of sections2) {
    if (s.type !== SHT_NOTE) continue;
    for (let o2 = s.offset; o2 + 12 <= s.offset + s.size; ) {
      const namesz = buf.readUInt32LE(o2);
      const descsz = buf.readUInt32LE(o2 + 4);
      const type = buf.readUInt32LE(o2 + 8);
      const nameStart = o2 + 12;
      const descStart = nameStart + (namesz + 3 & ~3);
      if (type === 3 && buf.toString("latin1", nameStart, nameStart + namesz) === "GNU\0")
        return { buildId: buf.toString("hex", descStart, descStart + descsz) };
      o2 = descStart + (descsz + 3 & ~3);
    }
  }
  return void 0;
}

// src/measure/footprint.ts
function footprint(elf) {
  const f = { text: 0, rodata: 0, data: 0, bss: 0 };
  for (const s of elf.sections) {
    if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
    if (s.flags & SHF_WRITE) {
      if (s.type === SHT_NOBITS) f.bss += s.size;
      else f.data += s.size;
    } else if (s.flags & SHF_EXECINSTR) f.text += s.size;
    else if (s.type !== SHT_NOBITS) f.rodata += s.size;
  }
  return { ...f, flash: f.text + f.rodata + f.data, staticRam: f.data + f.bss };
}

// src/measure/owners.ts
import { readdir as readdir2, readFile as readFile7 } from "node:fs/promises";
import { basename, dirname as dirname8, sep } from "node:path";
function parseMap(text) {
  const start2 = text.indexOf("\nLinker script and memory map");
  const lines = (start2 < 0 ? "" : text.slice(start2)).split("\n");
  const out = [];
  let output = "";
  let pendingOutput = false;
  let pendingInput;
  for (const line of lines) {
    const head = /^(\.\S+|[A-Za-z_]\S*)(?:\s+0x[0-9a-f]+)?/.exec(line);
    if (head && !line.startsWith(" ")) {
      if (/^(LOAD|START|END|OUTPUT)\b/.test(line)) continue;
      output = head[1];
      pendingOutput = !/0x/.test(line);
      pendingInput = void 0;
      continue;
    }
    const full = /^ (\S+)\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(.*\S)\s*$/.exec(line);
    if (full) {
      out.push({ output, section: full[1], addr: parseInt(full[2], 16), size: parseInt(full[3], 16), object: full[4] });
      pendingInput = void 0;
      continue;
    }
    const name3 = /^ ([^\s*][^\s]*)\s*$/.exec(line);
    if (name3) {
      pendingInput = name3[1];
      continue;
    }
    const cont = /^\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(.*\S)\s*$/.exec(line);
    if (cont && pendingInput) {
      out.push({ output, section: pendingInput, addr: parseInt(cont[1], 16), size: parseInt(cont[2], 16), object: cont[3] });
      pendingInput = void 0;
    } else if (pendingOutput && /^\s+0x/.test(line)) pendingOutput = false;
  }
  return out.filter((s) => s.size > 0 && s.section !== "*fill*");
}
var ARCHIVE = /(?:^|\/)(lib[^/()]+\.a)(?:\(([^)]+)\))?$/;
function ownerOf(object, folders) {
  if (object === "linker stubs" || object === "") return { owner: "linker", detail: "linker" };
  const a2 = ARCHIVE.exec(object);
  const archive = a2?.[1];
  const member = a2?.[2] ?? basename(object);
  if (archive) {
    if (archive === "libgcc.a") return { owner: "compiler runtime", detail: "libgcc" };
    if (/^lib(c|c_nano|m|nosys|g|g_nano|semihost)\.a$/.test(archive) || archive.startsWith("liblib__libc__"))
      return { owner: "libc", detail: object.includes("picolibc") || archive.startsWith("liblib__libc__") ? "picolibc" : "newlib" };
    const runtime = /^libwmb_(\w+)\.a$/.exec(archive);
    if (runtime) return { owner: "runtime", detail: runtime[1] === "wamr" ? "WAMR" : runtime[1] };
    if (archive === "libfreertos_kernel.a") return { owner: "rtos", detail: "FreeRTOS" };
  }
  const src = member.replace(/\.obj$|\.o$/, "");
  if (src === "wmb_module.c") return { owner: "module", detail: "embedded module" };
  const folder = /CMakeFiles\/firmware\.dir\/(.+)\//.exec(object)?.[1] ?? (archive === "libfirmware.a" || archive === "libapp.a" ? folders.get(src) : void 0);
  if (folder) {
    if (/^(apps|benchmarks)\//.test(folder)) return { owner: "benchmark", detail: folder.split("/")[1] };
    return { owner: "harness", detail: folder.split("/").slice(0, 2).join("/") };
  }
  if (archive || object.startsWith("zephyr/")) return { owner: "rtos", detail: "Zephyr" };
  return { owner: "harness", detail: "other" };
}
var symbolName = (section, object) => {
  const m = /^\.(?:text|rodata|data|bss|sdata|sbss|noinit|ramfunc)\.(.+)$/.exec(section);
  return m ? m[1] : `${section} (${basename(object)})`;
};
function ownerSizes(elf, map, folders) {
  const owners = {};
  const add = (o2, flash, ram) => {
    const b = owners[o2] ??= { flash_bytes: 0, static_ram_bytes: 0 };
    b.flash_bytes += flash;
    b.static_ram_bytes += ram;
  };
  const symbols = [];
  for (const s of elf.sections) {
    if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
    const write = !!(s.flags & SHF_WRITE);
    const inFlash = write ? s.type !== SHT_NOBITS : !!(s.flags & SHF_EXECINSTR) || s.type !== SHT_NOBITS;
    const inRam = write;
    if (!inFlash && !inRam) continue;
    const region = inFlash && inRam ? "flash+ram" : inRam ? "ram" : "flash";
    let placed = 0;
    let cursor = s.addr;
    for (const i2 of map.filter((x) => x.output === s.name && x.addr >= s.addr && x.addr < s.addr + s.size).sort((x, y) => x.addr - y.addr)) {
      const size = Math.max(0, Math.min(i2.addr + i2.size, s.addr + s.size) - Math.max(i2.addr, cursor));
      cursor = Math.max(cursor, i2.addr + i2.size);
      if (size === 0) continue;
      const { owner, detail } = ownerOf(i2.object, folders);
      add(owner, inFlash ? size : 0, inRam ? size : 0);
      placed += size;
      symbols.push({ name: symbolName(i2.section, i2.object), section: i2.section, owner, detail, region, size, addr: i2.addr, object: i2.object });
    }
    const rest = s.size - placed;
    if (rest > 0) add("linker", inFlash ? rest : 0, inRam ? rest : 0);
  }
  return { owners, symbols: symbols.sort((a2, b) => b.size - a2.size) };
}
var symbolsTsv = (symbols) => ["size	region	owner	detail	name	address	object", ...symbols.map((s) => `${s.size}	${s.region}	${s.owner}	${s.detail}	${s.name}	0x${s.addr.toString(16)}	${s.object}`)].join("\n") + "\n";
var folderCache = /* @__PURE__ */ new Map();
function sourceFolders(firmwareDir) {
  let f = folderCache.get(firmwareDir);
  if (!f) {
    f = readdir2(firmwareDir, { recursive: true }).then((all) => new Map(all.map(String).filter((p) => /\.(c|s|S)$/.test(p)).map((p) => [basename(p), dirname8(p).split(sep).join("/")])));
    folderCache.set(firmwareDir, f);
  }
  return f;
}
async function sizesOf(elfPath, elf, firmwareDir) {
  const map = await readFile7(elfPath.replace(/\.elf$/, ".map"), "utf8").catch(() => void 0);
  return map === void 0 ? void 0 : ownerSizes(elf, parseMap(map), await sourceFolders(firmwareDir));
}

// src/measure/protocol.ts
var PREFIX = "@wmb ";
var FIELDS = {
  hello: { board: "string", target: "string", stack: "string", runtime: "string", benchmark: "string", counter: "string", core_hz: "number" },
  fft: { n: "number", iterations: "number", count: "number", checksum: "string" },
  toggle: { mode: "string", toggles: "number", count: "number" },
  memory: { stack_bytes: "number", stack_size: "number", heap_bytes: "number" },
  done: { status: "number" },
  error: { message: "string" }
};
var OPTIONAL = {
  memory: { heap_reserved: "number", task_stack_bytes: "number", task_stack_size: "number", heap_used: "number", heap_size: "number", static_heap: "boolean", pool_size: "number", pool_used: "number", engine_ns: "number" }
};
var ProtocolError = class extends Error {
  name = "ProtocolError";
};
function parseRecords(output, buildId) {
  const records = [];
  output.split(/\r?\n/).forEach((line, i2) => {
    const at = line.indexOf(PREFIX);
    if (at < 0) return;
    const where = `serial line ${i2 + 1}`;
    let obj;
    try {
      obj = JSON.parse(line.slice(at + PREFIX.length));
    } catch {
      throw new ProtocolError(`${where}: malformed result line ${JSON.stringify(line.slice(0, 120))}`);
    }
    const rec = obj;
    const fields = FIELDS[rec?.type];
    if (!fields) throw new ProtocolError(`${where}: unknown record type ${JSON.stringify(rec?.type)}`);
    const optional = OPTIONAL[rec.type] ?? {};
    for (const [k, t] of Object.entries({ build_id: "string", ...fields, ...optional }))
      if ((!(k in optional) || k in rec) && (typeof rec[k] !== t || t === "number" && !Number.isFinite(rec[k])))
        throw new ProtocolError(`${where}: ${String(rec.type)} record: "${k}" should be a ${t}`);
    if (rec.build_id !== buildId)
      throw new ProtocolError(`${where}: build id ${String(rec.build_id)} is not the image's ${buildId} (stale output from an earlier image?)`);
    records.push(rec);
  });
  return records;
}

// src/measure/metrics.ts
var FFT_N = 1024;
var FFT_CHECKSUM = "209e318e";
var round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
function only(records, type) {
  return records.filter((r) => r.type === type);
}
function one(records, type) {
  const found = only(records, type);
  if (found.length !== 1) throw new ProtocolError(found.length ? `${found.length} "${type}" records, expected one` : `output truncated: no "${type}" record`);
  return found[0];
}
function speedMetrics(hello, records, benchmark) {
  const unit = hello.counter;
  if (unit !== "instructions" && unit !== "cycles") throw new ProtocolError(`unknown counter "${String(unit)}"`);
  const short = unit === "instructions" ? "insn" : "cycles";
  if (benchmark === "fft") {
    const r = one(records, "fft");
    if (r.n !== FFT_N) throw new ProtocolError(`FFT size ${r.n}, expected ${FFT_N}`);
    if (r.iterations <= 0 || r.count <= 0) throw new ProtocolError(`FFT: ${r.iterations} iterations counted ${r.count} ${unit}`);
    if (r.checksum !== FFT_CHECKSUM) throw new ProtocolError(`FFT checksum ${r.checksum} differs from the expected ${FFT_CHECKSUM}: wrong result`);
    return { [unit]: { value: round(r.count / r.iterations), unit: `${short}/FFT` } };
  }
  const out = {};
  const toggles = only(records, "toggle");
  if (toggles.length === 0) throw new ProtocolError('output truncated: no "toggle" record');
  for (const t of toggles) {
    if (t.toggles <= 0 || t.count <= 0) throw new ProtocolError(`toggle ${t.mode}: ${t.toggles} toggles counted ${t.count} ${unit}`);
    const prefix = t.mode === "call" ? "call_" : "";
    out[`${prefix}${unit}`] = { value: round(t.count / t.toggles, 3), unit: `${short}/toggle` };
    out[`${prefix}${unit === "instructions" ? "toggles_per_minsn" : "toggle_hz"}`] = unit === "instructions" ? { value: round(t.toggles * 1e6 / t.count), unit: "toggles/Minsn" } : { value: Math.round(t.toggles * hello.core_hz / t.count), unit: "Hz" };
  }
  return out;
}
function metricsFor(variant, board2, records, fp) {
  const hello = one(records, "hello");
  const err = only(records, "error")[0];
  if (err) throw new ProtocolError(`firmware reported: ${err.message}`);
  const expected = { ...variant, target: variant.image ?? variant.target };
  for (const k of ["board", "stack", "runtime", "benchmark", "target"])
    if (hello[k] !== expected[k]) throw new ProtocolError(`image says ${k} "${hello[k]}", expected "${expected[k]}"`);
  const done = one(records, "done");
  if (done.status !== 0) throw new ProtocolError(`firmware finished with status ${done.status}`);
  const mem = one(records, "memory");
  const pct2 = (v, cap) => round(100 * v / cap);
  const bytes = (value) => ({ value, unit: "B" });
  const dynamic = mem.stack_bytes + mem.heap_bytes + (mem.task_stack_bytes ?? 0) + (mem.heap_used ?? 0);
  const reserved = (mem.heap_reserved ?? 0) + (mem.static_heap ? (mem.heap_size ?? 0) + (mem.task_stack_size ?? 0) : 0) + (mem.pool_size ?? 0);
  return {
    ...speedMetrics(hello, records, variant.benchmark),
    flash_bytes: { value: fp.flash, unit: "B", capacity: board2.flashBytes, percent: pct2(fp.flash, board2.flashBytes) },
    static_ram_bytes: { value: fp.staticRam, unit: "B", capacity: board2.ramBytes, percent: pct2(fp.staticRam, board2.ramBytes) },
    dynamic_ram_bytes: { value: dynamic, unit: "B", capacity: board2.ramBytes, percent: pct2(dynamic, board2.ramBytes) },
    stack_bytes: bytes(mem.stack_bytes),
    heap_bytes: bytes(mem.heap_bytes),
    ...mem.task_stack_bytes !== void 0 ? { task_stack_bytes: bytes(mem.task_stack_bytes) } : {},
    ...mem.heap_used !== void 0 ? { rtos_heap_bytes: bytes(mem.heap_used) } : {},
    ...reserved ? { static_reserved_bytes: bytes(reserved) } : {},
    ...mem.pool_size !== void 0 && mem.pool_used !== void 0 ? { pool_bytes: { value: mem.pool_used, unit: "B", capacity: mem.pool_size, percent: pct2(mem.pool_used, mem.pool_size) } } : {}
  };
}

// src/measure/host.ts
var round2 = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
function interval(xs) {
  const i2 = medianInterval(xs);
  return { ci: [round2(i2.lo), round2(i2.hi)], ci_level: round2(i2.level, 4) };
}
function hostMetrics(v, runs, instructions, clockGhz) {
  if (v.benchmark !== "fft") throw new ProtocolError(`the host runs the fft benchmark only, not ${v.benchmark}`);
  const perFft = [];
  let iterations = 0;
  let rss = 0;
  const engine = [];
  runs.forEach((records, i2) => {
    const fft = records.find((r) => r.type === "fft");
    const done = records.find((r) => r.type === "done");
    const err = records.find((r) => r.type === "error");
    if (err && err.type === "error") throw new ProtocolError(`run ${i2 + 1}: ${err.message}`);
    if (!fft || fft.type !== "fft" || !done) throw new ProtocolError(`run ${i2 + 1}: output truncated`);
    if (fft.n !== FFT_N) throw new ProtocolError(`FFT size ${fft.n}, expected ${FFT_N}`);
    if (fft.checksum !== FFT_CHECKSUM) throw new ProtocolError(`FFT checksum ${fft.checksum} differs from the expected ${FFT_CHECKSUM}: wrong result`);
    iterations = fft.iterations;
    perFft.push(fft.count / fft.iterations);
    const mem = records.find((r) => r.type === "memory");
    rss = Math.max(rss, mem?.rss_bytes ?? 0);
    if (mem?.engine_ns) engine.push(mem.engine_ns / fft.iterations);
  });
  if (!perFft.length) throw new ProtocolError("no timed run");
  const ns = median(perFft);
  const spread = 100 * (Math.max(...perFft) - Math.min(...perFft)) / ns;
  return {
    ns: { value: round2(ns), unit: "ns/FFT", spread: round2(spread), runs: perFft.length, ...interval(perFft), samples: perFft.map((x) => round2(x)) },
    equivalent_cycles: { value: Math.round(ns * clockGhz), unit: `cycles/FFT at ${clockGhz} GHz` },
    ...instructions !== void 0 ? { instructions: { value: round2(instructions / iterations), unit: "insn/FFT" } } : {},
    ...rss ? { rss_bytes: { value: rss, unit: "B" } } : {},
    // An engine in another process: the same calls timed inside it; ns minus this is the pipe.
    ...engine.length ? { engine_ns: { value: round2(median(engine)), unit: "ns/FFT", runs: engine.length } } : {}
  };
}

// src/execute.ts
var base = (v) => ({ id: v.id, board: v.board, stack: v.stack, runtime: v.runtime, benchmark: v.benchmark, target: v.target });
var interrupted = (v, signal, extra = {}) => ({ ...base(v), status: "failed", reason: `interrupted by ${stopSignal(signal)} before it finished`, metrics: {}, ...extra });
async function runOne(v, o2, phase) {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  const failed = (reason, log2, extra = {}) => o2.signal?.aborted ? { result: interrupted(v, o2.signal, { durationMs: took(), ...extra }), log: log2 } : { result: { ...base(v), status: "failed", reason, metrics: {}, durationMs: took(), ...extra }, log: log2 };
  phase("build");
  const defs = o2.cmakeDefs(v);
  if ("failed" in defs) return failed(defs.failed, defs.failed);
  let artifact;
  try {
    artifact = await buildFirmware(v, o2.firmwareDir, join9(o2.outDir, "build"), defs, o2.ccache, o2.signal);
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    const buildLog = join9("raw", `${slug(v.id)}.build.log`);
    await mkdir6(join9(o2.outDir, "raw"), { recursive: true });
    await writeFile4(join9(o2.outDir, buildLog), e.log);
    return failed(e.message, e.log, { log: buildLog });
  }
  const backend = o2.backends[v.target];
  if (!backend) return failed(`no run backend for target ${v.target}`, artifact.log);
  const replaced = await readFile8(artifact.elf).then((image) => notTheBuildsImage(artifact, image), (e) => `${artifact.elf}: ${e.message}`);
  if (replaced) return failed(replaced, artifact.log);
  phase("run");
  const out = await backend.run(artifact, o2.timeoutMs, o2.signal);
  const rawName = join9("raw", `${slug(v.id)}.log`);
  const raw = [
    `# ${v.id}`,
    `# command: ${out.command.join(" ")}`,
    `# exit: ${out.timedOut ? `killed after ${o2.timeoutMs} ms timeout` : out.exitCode}`,
    "# serial:",
    out.serial,
    "# diagnostics:",
    out.diagnostics
  ].join("\n");
  await mkdir6(join9(o2.outDir, "raw"), { recursive: true });
  await writeFile4(join9(o2.outDir, rawName), raw);
  const log = `${artifact.log}$ ${out.command.join(" ")}
${out.serial}${out.diagnostics}`;
  const keep2 = { log: rawName };
  if (out.failure) return failed(out.failure, log, keep2);
  if (out.timedOut) return failed(`timed out after ${o2.timeoutMs / 1e3} s (hung firmware?)`, log, keep2);
  phase("measure");
  try {
    const image = await readFile8(artifact.elf);
    const swapped = notTheBuildsImage(artifact, image);
    if (swapped) return failed(swapped, log, keep2);
    const elf = parseElf(image, artifact.elf);
    if (!elf.buildId) return failed(`${artifact.elf} has no GNU build id`, log, keep2);
    const buildId = elf.buildId;
    const metrics = v.target === "host" ? hostMetrics(v, (out.samples ?? [out.serial]).map((s) => parseRecords(s, buildId)), out.instructions, o2.host.clockGhz) : { ...metricsFor(v, BOARDS[v.board], parseRecords(out.serial, buildId), footprint(elf)), ...out.metrics };
    if (out.exitCode !== 0) return failed(`emulator exited with status ${out.exitCode}`, log, keep2);
    const build = artifact.info.runtime_info;
    const sizes = v.target === "host" ? void 0 : await sizesOf(artifact.elf, elf, o2.firmwareDir);
    let owned = {};
    if (sizes) {
      const symbols = join9("symbols", `${slug(v.id)}.tsv`);
      await mkdir6(join9(o2.outDir, "symbols"), { recursive: true });
      await writeFile4(join9(o2.outDir, symbols), symbolsTsv(sizes.symbols));
      owned = { owners: sizes.owners, symbols };
    }
    return { result: { ...base(v), status: "ok", metrics, durationMs: took(), ...keep2, ...owned, ...build ? { build } : {} }, log };
  } catch (e) {
    const why = e.message;
    return failed(out.exitCode ? `${why} (exit status ${out.exitCode})` : why, log, keep2);
  }
}
async function executeMatrix(variants, o2) {
  const results = new Array(variants.length);
  const todo = [];
  variants.forEach((v, i2) => {
    if (v.notBuilt) results[i2] = { ...base(v), status: "not-built", reason: v.notBuilt, metrics: {} };
    else todo.push(i2);
  });
  const total = todo.length;
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < total && !o2.signal?.aborted; k = next++) {
      const i2 = todo[k];
      const v = variants[i2];
      const { result, log } = await runOne(v, o2, (p) => o2.progress.phase(k + 1, total, p, v.id));
      results[i2] = result;
      o2.progress.done(k + 1, total, result, log);
    }
  };
  const jobs = o2.jobs > 0 ? o2.jobs : availableParallelism();
  await Promise.all(Array.from({ length: Math.min(jobs, total) }, worker));
  variants.forEach((v, i2) => {
    results[i2] ??= interrupted(v, o2.signal);
  });
  return results;
}

// src/run/hardware.ts
import { mkdir as mkdir7, readFile as readFile9 } from "node:fs/promises";
import { resolve as resolve5 } from "node:path";
import { setTimeout as sleep3 } from "node:timers/promises";

// src/run/capture.ts
var field = (line, key) => new RegExp(`"${key}"\\s*:\\s*"([^"]*)"`).exec(line)?.[1];
function scanCapture(text, buildId) {
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  let start2;
  let foreign;
  let offset = 0;
  for (const line of complete.split("\n")) {
    const end = offset + line.length + 1;
    const at = line.indexOf(PREFIX);
    if (at >= 0) {
      const type = field(line, "type");
      const id = field(line, "build_id");
      if (type === "hello" && id === buildId) start2 = offset + at;
      else if (type === "hello" && id && start2 === void 0) foreign = id;
      else if (type === "done" && id === buildId && start2 !== void 0) return { hello: true, run: complete.slice(start2, end) };
    }
    offset = end;
  }
  return { hello: start2 !== void 0, ...foreign && start2 === void 0 ? { foreign } : {} };
}

// src/run/flash/flasher.ts
var hex = (n2) => `0x${n2.toString(16).padStart(8, "0")}`;
var opt = (job, key, fallback) => {
  const v = job.board.flasher.options[key];
  return typeof v === "string" ? v : fallback;
};
function forBoard(job, key, defaults, flasher2) {
  const v = job.board.flasher.options[key] ?? defaults[job.board.board];
  if (typeof v !== "string") throw new Error(`${job.board.where}: flasher ${flasher2} has no ${key} for ${job.board.board}; set flasher.options.${key}`);
  return v;
}

// src/run/flash/gdb.ts
function start(job) {
  if (opt(job, "reset", "vector") === "monitor") return ["-ex", `monitor ${opt(job, "monitor", "reset halt")}`];
  return ["-ex", `set $sp = *(unsigned int *)${hex(job.vectors)}`, "-ex", `set $pc = *(unsigned int *)${hex(job.vectors + 4)}`];
}
var FAILED = /^(.*(Connection refused|Connection timed out|Remote connection closed|Remote communication error|Load failed|Error (writing|erasing)|Cannot access memory|not supported by this target|No such file or directory).*)$/m;
function session(job, commands, mustSay, what) {
  return {
    // No connection retries: an absent server is the ladder's business, not a 15 s wait.
    argv: [
      opt(job, "binary", "gdb-multiarch"),
      "-batch",
      "-nx",
      "-ex",
      "set confirm off",
      "-ex",
      "set tcp auto-retry off",
      "-ex",
      `target remote ${opt(job, "remote", "")}`,
      ...commands,
      "-ex",
      "detach",
      job.elf
    ],
    check(output) {
      const bad = FAILED.exec(output);
      if (bad) return bad[1].trim();
      if (!mustSay.test(output)) return `gdb did not ${what}`;
      if (!/detached/i.test(output)) return "gdb did not detach (the core may be left halted)";
      return void 0;
    }
  };
}
var gdb = {
  flash: (job) => [session(job, ["-ex", "load", ...start(job)], /^Transfer rate/m, "load the image")],
  reset: (job) => [session(job, start(job), /./, "reset")]
};

// src/run/flash/openocd.ts
var TARGETS2 = { nucleo_f446re: "target/stm32f4x.cfg", nucleo_f746zg: "target/stm32f7x.cfg" };
function base2(job) {
  const extra = job.board.flasher.options.commands ?? [];
  return [
    opt(job, "binary", "openocd"),
    "-f",
    opt(job, "interface", "interface/stlink.cfg"),
    "-c",
    `adapter serial ${job.board.probe}`,
    ...job.underReset ? ["-c", "reset_config srst_only srst_nogate connect_assert_srst"] : [],
    "-f",
    forBoard(job, "target", TARGETS2, "openocd"),
    ...extra.flatMap((c3) => ["-c", c3])
  ];
}
var tclPath = (p) => {
  if (/[{}]/.test(p)) throw new Error(`openocd: cannot pass the path ${p} (it contains braces)`);
  return `{${p}}`;
};
var openocd = {
  flash: (job) => [{ argv: [...base2(job), "-c", `program ${tclPath(job.elf)} verify reset exit`] }],
  reset: (job) => [{ argv: [...base2(job), "-c", "init", "-c", "reset run", "-c", "shutdown"] }]
};

// src/run/flash/probe-rs.ts
var CHIPS = { nucleo_f446re: "STM32F446RETx", nucleo_f746zg: "STM32F746ZGTx" };
function common2(job) {
  const protocol = job.board.flasher.options.protocol;
  return [
    "--probe",
    job.board.probe,
    "--chip",
    forBoard(job, "chip", CHIPS, "probe-rs"),
    ...typeof protocol === "string" ? ["--protocol", protocol] : [],
    ...job.underReset ? ["--connect-under-reset"] : []
  ];
}
var reset2 = (job) => ({ argv: [opt(job, "binary", "probe-rs"), "reset", ...common2(job)] });
var probeRs = {
  flash: (job) => [{ argv: [opt(job, "binary", "probe-rs"), "download", ...common2(job), job.elf] }, reset2(job)],
  reset: (job) => [reset2(job)]
};

// src/run/flash/pyocd.ts
var TARGETS3 = { nucleo_f446re: "stm32f446retx", nucleo_f746zg: "stm32f746zgtx" };
function common3(job) {
  const freq = job.board.flasher.options.frequency;
  return [
    "-u",
    job.board.probe,
    "-t",
    forBoard(job, "target", TARGETS3, "pyocd"),
    ...typeof freq === "string" ? ["-f", freq] : [],
    ...job.underReset ? ["-O", "connect_mode=under-reset"] : []
  ];
}
var pyocd = {
  flash: (job) => [{ argv: [opt(job, "binary", "pyocd"), "flash", ...common3(job), job.elf] }],
  reset: (job) => [{ argv: [opt(job, "binary", "pyocd"), "reset", ...common3(job)] }]
};

// src/run/flash/st-flash.ts
import { join as join10 } from "node:path";
var common4 = (job) => [...job.underReset ? ["--connect-under-reset"] : [], "--serial", job.board.probe];
var stFlash = {
  flash(job) {
    const bin = join10(job.workDir, "firmware.bin");
    return [
      { argv: [opt(job, "objcopy", "arm-none-eabi-objcopy"), "-O", "binary", job.elf, bin] },
      { argv: [opt(job, "binary", "st-flash"), ...common4(job), "--reset", "write", bin, opt(job, "address", hex(job.vectors))] }
    ];
  },
  reset: (job) => [{ argv: [opt(job, "binary", "st-flash"), ...common4(job), "reset"] }]
};

// src/run/flash/index.ts
var FLASHERS = {
  openocd,
  pyocd,
  "st-flash": stFlash,
  "probe-rs": probeRs,
  gdb
};
var firstLine = (s) => s.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "";
async function runCommands(commands, timeoutMs) {
  let log = "";
  for (const c3 of commands) {
    const [bin, ...args] = c3.argv;
    const r = await execa(bin, args, { all: true, reject: false, timeout: timeoutMs, killSignal: "SIGKILL", stdin: "ignore" });
    const out = String(r.all ?? "");
    log += `$ ${c3.argv.join(" ")}
${out}
`;
    if (r.code === "ENOENT") return { failure: `${bin} not found (install it on this runner)`, log };
    if (r.timedOut) return { failure: `${bin} did not finish within ${timeoutMs / 1e3} s`, log };
    const bad = c3.check?.(out);
    if (r.exitCode !== 0) return { failure: `${bin} exited with status ${r.exitCode}: ${bad ?? firstLine(out)}`, log };
    if (bad) return { failure: `${bin}: ${bad}`, log };
  }
  return { log };
}

// src/run/serial.ts
import { constants as constants5 } from "node:fs";
import { open as open3 } from "node:fs/promises";
import { connect } from "node:net";
import { ReadStream } from "node:tty";
import { setTimeout as sleep2 } from "node:timers/promises";
function wrap(stream, name3) {
  let text = "";
  let gone;
  let wake;
  const poke = () => {
    wake?.();
    wake = void 0;
  };
  stream.setEncoding("latin1");
  stream.on("data", (d) => {
    text += d;
    poke();
  });
  stream.on("error", (e) => {
    gone ??= `serial port ${name3} went away (${e.code ?? e.message})`;
    poke();
  });
  stream.on("close", () => {
    gone ??= `serial port ${name3} closed`;
    poke();
  });
  let closing = false;
  return {
    text: () => text,
    next: () => gone ? Promise.resolve() : new Promise((r) => wake = r),
    gone: () => closing ? void 0 : gone,
    close() {
      closing = true;
      stream.destroy();
    }
  };
}
async function openTcp(host, port, name3) {
  const socket = await new Promise((resolve7, reject) => {
    const s = connect({ host, port });
    s.once("connect", () => resolve7(s));
    s.once("error", reject);
  });
  return wrap(socket, name3);
}
async function openDevice(path6, baud) {
  const stty = await execa("stty", ["-F", path6, String(baud), "raw", "-echo", "cs8", "-cstopb", "-parenb", "clocal"], { reject: false, all: true });
  if (stty.failed) throw Object.assign(new Error(`stty ${path6}: ${String(stty.all).trim()}`), { code: "ESTTY" });
  const fh = await open3(path6, constants5.O_RDONLY | constants5.O_NOCTTY | constants5.O_NONBLOCK);
  return wrap(new ReadStream(fh.fd), path6);
}
async function openSerial(spec, baud, waitMs) {
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    try {
      return spec.kind === "tcp" ? await openTcp(spec.host, spec.port, spec.text) : await openDevice(spec.path, baud);
    } catch (e) {
      const code2 = e.code;
      const absent = code2 === "ECONNREFUSED" || code2 === "ENOENT" || code2 === "ENXIO" || code2 === "ESTTY";
      if (!absent || Date.now() >= deadline) throw new Error(`cannot open serial port ${spec.text}: ${code2 === "ESTTY" ? e.message : code2 ?? e.message}`);
      await sleep2(100);
    }
  }
}

// src/run/sigrok.ts
function sigrokArgs(s) {
  return [
    "--driver",
    s.driver,
    "--channels",
    s.channel,
    ...s.channelGroup ? ["--channel-group", s.channelGroup] : [],
    ...s.config.flatMap((c3) => ["--config", c3]),
    ...s.trigger ? ["--triggers", `${s.channel}=${s.trigger}`] : [],
    "--samples",
    String(s.samples),
    "-O",
    "csv"
  ];
}
var UNITS = { "": 1, k: 1e3, M: 1e6, G: 1e9 };
function edgeRate(csv) {
  const rate = /^; Samplerate: ([\d.]+) ?([kMG]?)Hz$/m.exec(csv);
  if (!rate) throw new Error("sigrok-cli output names no samplerate");
  const samplerate = Number(rate[1]) * UNITS[rate[2]];
  const bits = csv.split("\n").filter((l) => /^[01]$/.test(l.trim())).map((l) => l.trim());
  let first = -1;
  let last = -1;
  let edges = 0;
  for (let i2 = 1; i2 < bits.length; i2++)
    if (bits[i2] !== bits[i2 - 1]) {
      if (first < 0) first = i2;
      last = i2;
      edges++;
    }
  if (edges < 2) throw new Error(`${edges} edge(s) in ${bits.length} samples: the pin did not toggle while the analyzer captured`);
  return { hz: Math.round((edges - 1) * samplerate / (last - first)), edges, samplerate };
}
function startSigrok(s, timeoutMs) {
  const argv2 = sigrokArgs(s);
  const child = execa("sigrok-cli", argv2, { reject: false, timeout: timeoutMs, stdin: "ignore", maxBuffer: 512 * 1024 * 1024 });
  return {
    async result() {
      const r = await child;
      const log = `$ sigrok-cli ${argv2.join(" ")}
${String(r.stderr ?? "")}`;
      if (r.code === "ENOENT") return { log, failure: "sigrok-cli not found (apt-get install sigrok-cli)" };
      if (r.exitCode !== 0) return { log, failure: `sigrok-cli exited with status ${r.exitCode}: ${String(r.stderr ?? "").trim().split("\n").pop()}` };
      try {
        const { hz, edges, samplerate } = edgeRate(String(r.stdout ?? ""));
        return { hz, log: `${log}${edges} edges at ${samplerate} Hz sampling: ${hz} Hz
` };
      } catch (e) {
        return { log, failure: e.message };
      }
    }
  };
}

// src/run/hardware.ts
var LADDER = [
  { name: "flash", flash: true, underReset: false },
  { name: "soft reset", flash: false, underReset: false },
  { name: "reflash under reset", flash: true, underReset: true }
];
async function vectorTable(elf) {
  const sections2 = parseElf(await readFile9(elf), elf).sections.filter((s) => s.flags & SHF_ALLOC && s.type !== SHT_NOBITS && s.size > 0);
  const v = sections2.find((s) => s.name === ".vectors") ?? sections2.sort((a2, b) => a2.addr - b.addr)[0];
  if (!v) throw new Error(`${elf}: no loadable section`);
  return v.addr;
}
async function watch(port, from, buildId, board2, timeoutMs, onHello) {
  const started = Date.now();
  let greeted = false;
  for (; ; ) {
    const s = scanCapture(port.text().slice(from), buildId);
    if (s.run) return { kind: "done", run: s.run };
    if (s.hello && !greeted) {
      greeted = true;
      onHello();
    }
    const gone = port.gone();
    if (gone) return { kind: "board", why: gone };
    const elapsed = Date.now() - started;
    if (!s.hello && elapsed >= board2.helloTimeoutMs)
      return { kind: "board", why: s.foreign ? `the board still runs another image (build id ${s.foreign})` : `no output on ${board2.serial.text} within ${board2.helloTimeoutMs / 1e3} s` };
    if (s.hello && elapsed >= timeoutMs) return { kind: "hung", run: port.text().slice(from) };
    const left = (s.hello ? timeoutMs : board2.helloTimeoutMs) - elapsed;
    await Promise.race([port.next(), sleep3(Math.max(10, Math.min(left, 500)))]);
  }
}
function hardwareBackend(farm, workRoot) {
  const unavailable = /* @__PURE__ */ new Map();
  return {
    async run(artifact, timeoutMs) {
      const v = artifact.variant;
      const started = performance.now();
      const board2 = farm.boardOf.get(v.id);
      const out = (o2) => ({ serial: "", diagnostics: "", timedOut: false, durationMs: performance.now() - started, command: [], ...o2 });
      if (!board2) return out({ failure: `no board in ${farm.inventory.file} runs ${v.id}` });
      const down = unavailable.get(board2.name);
      if (down) return out({ failure: `board ${board2.name} unavailable: ${down}` });
      let held;
      try {
        held = await lockBoard(farm.inventory.lockDir, board2.name, v.id, farm.inventory.lockTimeoutMs);
      } catch (e) {
        if (!(e instanceof Busy)) throw e;
        unavailable.set(board2.name, e.message);
        return out({ failure: `board ${board2.name} unavailable: ${e.message}` });
      }
      const given = unavailable.get(board2.name);
      if (given) {
        await held.release();
        return out({ failure: `board ${board2.name} unavailable: ${given}` });
      }
      const workDir = resolve5(workRoot, slug(v.id));
      await mkdir7(workDir, { recursive: true });
      const flasher2 = FLASHERS[board2.flasher.type];
      const notes = [`# board ${board2.name} (${board2.board}, ${board2.where}), serial ${board2.serial.text}, flasher ${board2.flasher.type}`];
      let serialLog = "";
      let port;
      const dropPort = () => {
        if (port) serialLog += port.text();
        port?.close();
        port = void 0;
      };
      try {
        const job = { elf: artifact.elf, board: board2, vectors: await vectorTable(artifact.elf), workDir, underReset: false };
        const buildId = parseElf(await readFile9(artifact.elf), artifact.elf).buildId;
        if (!buildId) return out({ failure: `${artifact.elf} has no GNU build id` });
        let why = "";
        for (const step of LADDER) {
          if (step.flash && board2.pre) {
            const pre = await runCommands([{ argv: board2.pre }], board2.flasher.timeoutMs);
            notes.push(pre.log);
            if (pre.failure) {
              why = `${step.name}: pre command: ${pre.failure}`;
              notes.push(`# ${why}`);
              continue;
            }
          }
          if (!port || port.gone()) {
            dropPort();
            try {
              port = await openSerial(board2.serial, board2.baud, board2.helloTimeoutMs);
            } catch (e) {
              why = `${step.name}: ${e.message}`;
              notes.push(`# ${why}`);
              continue;
            }
          }
          const from = port.text().length;
          const commands = step.flash ? flasher2.flash({ ...job, underReset: step.underReset }) : flasher2.reset(job);
          const flashed = await runCommands(commands, board2.flasher.timeoutMs);
          notes.push(flashed.log);
          if (flashed.failure) {
            why = `${step.name} failed: ${flashed.failure}`;
            notes.push(`# ${why}`);
            continue;
          }
          let sigrok2;
          const attempt = await watch(port, from, buildId, board2, timeoutMs, () => {
            if (board2.sigrok && v.benchmark === "toggle") sigrok2 = startSigrok(board2.sigrok, timeoutMs);
          });
          const command = commands.at(-1).argv;
          if (attempt.kind === "board") {
            why = `${step.name}: ${attempt.why}`;
            notes.push(`# ${why}`);
            await sigrok2?.result();
            continue;
          }
          const metrics = {};
          let failure;
          if (sigrok2) {
            const m = await sigrok2.result();
            notes.push(m.log);
            if (m.hz !== void 0) metrics.toggle_hz_external = { value: m.hz, unit: "Hz" };
            else failure = `external toggle measurement (sigrok ${board2.sigrok.driver}) failed: ${m.failure}`;
          }
          return out({
            serial: attempt.run,
            diagnostics: notes.join("\n"),
            command,
            metrics,
            ...attempt.kind === "done" ? { exitCode: 0 } : { timedOut: true },
            ...failure ? { failure } : {}
          });
        }
        unavailable.set(board2.name, why);
        return out({ failure: `board ${board2.name} unavailable: ${why}`, serial: serialLog + (port?.text() ?? ""), diagnostics: notes.join("\n") });
      } finally {
        dropPort();
        await held.release();
      }
    }
  };
}

// src/run/host.ts
import { readFileSync as readFileSync6 } from "node:fs";

// src/run/timing.ts
function parseCpuList(list2) {
  const cpus = [];
  for (const part of list2.trim().split(",").filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`not a CPU list: ${JSON.stringify(list2)}`);
    for (let c3 = Number(m[1]); c3 <= Number(m[2] ?? m[1]); c3++) cpus.push(c3);
  }
  return cpus;
}
function timingCpu(procStatus) {
  const m = /^Cpus_allowed_list:\s*(.+)$/m.exec(procStatus);
  return m ? parseCpuList(m[1]).at(-1) : void 0;
}
var pinned = (cpu, command) => ["taskset", "--cpu-list", String(cpu), ...command];
var TimingQueue = class {
  tail = Promise.resolve();
  run(timed) {
    const next = this.tail.then(timed, timed);
    this.tail = next.catch(() => void 0);
    return next;
  }
};

// src/run/host.ts
var MEASURED_REGION = "wmb_driver_measure";
function callgrindCommand(elf) {
  return ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", `--toggle-collect=${MEASURED_REGION}`, elf];
}
function parseCallgrind(stderr) {
  const m = stderr.match(/^==\d+== Collected : (\d+)/m);
  return m ? Number(m[1]) : void 0;
}
function hostBackend(repeat) {
  const queue = new TimingQueue();
  const cpu = timingCpu(readFileSync6("/proc/self/status", "utf8"));
  return {
    async run(artifact, timeoutMs, signal) {
      const start2 = performance.now();
      const samples = [];
      let diagnostics = cpu === void 0 ? "# timed runs not pinned: no Cpus_allowed_list in /proc/self/status\n" : `# timed runs pinned to CPU ${cpu} (taskset), in turn with the other host variants
`;
      const timed = cpu === void 0 ? [artifact.elf] : pinned(cpu, [artifact.elf]);
      let own = 0;
      const left = () => ({ limitMs: Math.max(1, timeoutMs - own), ...signal ? { signal } : {}, stdin: "ignore" });
      for (let i2 = 0; i2 < repeat; i2++) {
        const r = await queue.run(async () => {
          const t = performance.now();
          const x = await runGuarded(timed, left());
          own += performance.now() - t;
          return x;
        });
        diagnostics += String(r.stderr ?? "");
        if (r.timedOut || r.exitCode !== 0)
          return { serial: String(r.stdout ?? ""), diagnostics, ...typeof r.exitCode === "number" ? { exitCode: r.exitCode } : {}, timedOut: Boolean(r.timedOut), durationMs: performance.now() - start2, command: timed };
        samples.push(String(r.stdout));
      }
      if (artifact.info.runtime_info?.out_of_process)
        return { serial: samples[0], samples, diagnostics, exitCode: 0, timedOut: false, durationMs: performance.now() - start2, command: timed };
      const cg = callgrindCommand(artifact.elf);
      const c3 = await runGuarded(cg, left());
      diagnostics += String(c3.stderr ?? "");
      const collected = parseCallgrind(String(c3.stderr ?? ""));
      const instructions = c3.exitCode === 0 && collected ? collected : void 0;
      if (instructions === void 0) diagnostics += `
# no instruction count: callgrind exited with ${c3.exitCode}, collected ${collected ?? "nothing"}
`;
      return {
        serial: samples[0],
        samples,
        ...instructions !== void 0 ? { instructions } : {},
        diagnostics,
        exitCode: c3.timedOut ? 0 : c3.exitCode ?? 0,
        timedOut: Boolean(c3.timedOut),
        durationMs: performance.now() - start2,
        command: timed
      };
    }
  };
}

// src/run/qemu.ts
var QEMU = "qemu-system-arm";
function qemuCommand(a2) {
  const q = a2.info.qemu;
  if (!q) throw new Error(`${a2.variant.id}: the build names no QEMU machine for board ${a2.variant.board}`);
  return [q.binary, "-M", q.machine, ...q.args, "-kernel", a2.elf];
}
var qemuBackend = {
  async run(artifact, timeoutMs, signal) {
    const command = qemuCommand(artifact);
    const start2 = performance.now();
    const r = await runGuarded(command, { limitMs: timeoutMs, ...signal ? { signal } : {}, stdin: "ignore", stripFinalNewline: false });
    return {
      serial: String(r.stdout ?? ""),
      diagnostics: String(r.stderr ?? ""),
      ...typeof r.exitCode === "number" ? { exitCode: r.exitCode } : {},
      timedOut: Boolean(r.timedOut),
      durationMs: performance.now() - start2,
      command
    };
  }
};

// src/run/index.ts
var TARGETS_WITH_BACKEND = ["emulated", "host", "hardware"];
function backendsFor(ctx) {
  return {
    emulated: qemuBackend,
    host: hostBackend(ctx.host.repeat),
    ...ctx.farm ? { hardware: hardwareBackend(ctx.farm, ctx.workDir) } : {}
  };
}

// src/inventory/assign.ts
function assignBoards(variants, inventory, configFile) {
  const boardOf = /* @__PURE__ */ new Map();
  const dealt = /* @__PURE__ */ new Map();
  const out = variants.map((v) => {
    if (v.target !== "hardware") return v;
    const boards = inventory.boards.filter((b2) => b2.board === v.board);
    if (!boards.length)
      throw new UserError(`${configFile}: target hardware with board ${v.board}, but ${inventory.file} has no ${v.board}; add one or exclude { board: ${v.board}, target: hardware }`);
    const k = dealt.get(v.board) ?? 0;
    dealt.set(v.board, k + 1);
    const b = boards[k % boards.length];
    boardOf.set(v.id, b);
    return b.image === "emulated" ? { ...v, image: "emulated" } : v;
  });
  return { variants: out, boardOf };
}

// src/shard/plan.ts
var HOSTED_RUNNER = "ubuntu-24.04";
var HOSTED = ["emulated", "host"];
function planShards(variants, boardOf) {
  const shards = [];
  for (const target of HOSTED) {
    const ids = variants.filter((v) => v.target === target).map((v) => v.id);
    if (ids.length) shards.push({ name: target, target, runsOn: HOSTED_RUNNER, variants: ids });
  }
  const byBoard = /* @__PURE__ */ new Map();
  for (const v of variants.filter((x) => x.target === "hardware")) {
    const b = boardOf.get(v.id);
    if (!b) throw new Error(`${v.id}: no board assigned`);
    if (HOSTED.includes(b.name)) throw new UserError(`${b.where}: the board name "${b.name}" is reserved for the ${b.name} shard`);
    const s = byBoard.get(b.name) ?? { name: b.name, target: "hardware", runsOn: ["self-hosted", ...b.runner], board: b.board, variants: [] };
    s.variants.push(v.id);
    byBoard.set(b.name, s);
  }
  shards.push(...byBoard.values());
  return { schemaVersion: 1, shards };
}
function strategyMatrix(plan2) {
  return { include: plan2.shards.map((s) => ({ shard: s.name, target: s.target, "runs-on": s.runsOn, ...s.board ? { board: s.board } : {} })) };
}
function selectShard(plan2, variants, name3) {
  const shard = plan2.shards.find((s) => s.name === name3);
  if (!shard) throw new UserError(`no shard "${name3}" in the plan; the shards are: ${plan2.shards.map((s) => s.name).join(", ") || "(none)"}`);
  const ids = new Set(shard.variants);
  return variants.filter((v) => ids.has(v.id));
}
function parsePlan(file, text) {
  let p;
  try {
    p = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${e.message})`);
  }
  if (p?.schemaVersion !== 1 || !Array.isArray(p.shards) || !p.shards.every((s) => typeof s.name === "string" && Array.isArray(s.variants)))
    throw new UserError(`${file}: not a wasm-mcu-bench plan (schemaVersion 1 with shards)`);
  return p;
}
function onlyTargets(plan2, targets) {
  const unknown = targets.filter((t) => !["emulated", "hardware", "host"].includes(t));
  if (unknown.length) throw new UserError(`--targets: unknown target ${unknown.join(", ")}; expected emulated, hardware or host`);
  return { ...plan2, shards: plan2.shards.filter((s) => targets.includes(s.target)) };
}

// src/shard/merge.ts
function mergeShards(plan2, files, fallback) {
  const byShard = /* @__PURE__ */ new Map();
  for (const f of files) {
    const name3 = f.results.shard;
    if (!name3) throw new UserError(`${f.file}: has no "shard" (write shard results with \`wasm-mcu-bench run --shard NAME\`)`);
    if (!plan2.shards.some((s) => s.name === name3)) throw new UserError(`${f.file}: shard "${name3}" is not in the plan (${plan2.shards.map((s) => s.name).join(", ")})`);
    const twice = byShard.get(name3);
    if (twice) throw new UserError(`shard "${name3}" reported twice: ${twice.file} and ${f.file}`);
    byShard.set(name3, f);
  }
  const variants = [];
  const missing = [];
  for (const shard of plan2.shards) {
    const got = byShard.get(shard.name);
    const byId = new Map(got?.results.variants.map((v) => [v.id, v]));
    for (const id of shard.variants) {
      const v = byId.get(id);
      if (v) variants.push(v);
      else missing.push({ id, reason: got ? `shard ${shard.name} reported no result for it` : `shard ${shard.name} never reported` });
    }
  }
  const reported = plan2.shards.map((s) => byShard.get(s.name)).filter((f) => Boolean(f));
  const interrupted2 = reported.some((f) => f.results.interrupted);
  return { results: { schemaVersion: 1, provenance: reported.length ? mergeProvenance(reported) : fallback, variants, ...interrupted2 ? { interrupted: interrupted2 } : {} }, missing };
}
function mergeProvenance(files) {
  const first = files[0].results.provenance;
  const tools = [...new Set(files.flatMap((f) => Object.keys(f.results.provenance.toolchain)))];
  const toolchain = Object.fromEntries(tools.map((tool) => {
    const seen = /* @__PURE__ */ new Map();
    for (const f of files) {
      const v = f.results.provenance.toolchain[tool];
      if (v !== void 0) seen.set(v, [...seen.get(v) ?? [], f.results.shard ?? "?"]);
    }
    return [tool, seen.size === 1 ? [...seen.keys()][0] : [...seen].map(([v, shards]) => `${v} (${shards.join(", ")})`).join("; ")];
  }));
  const sources = Object.assign({}, ...files.map((f) => f.results.provenance.sources ?? {}));
  return { ...first, toolchain, ...Object.keys(sources).length ? { sources } : {} };
}
function withMissing(c3, missing) {
  if (!missing.length) return c3;
  const before = new Map(c3.variants.map((v) => [v.id, v]));
  const gone = new Set(missing.map((m) => m.id));
  const variants = [
    ...c3.variants.filter((v) => !gone.has(v.id)),
    ...missing.map((m) => ({ id: m.id, status: "missing", ...before.get(m.id)?.baselined ? { baselined: true } : {}, reason: m.reason, changes: [] }))
  ];
  return { ...c3, variants, ...summarize(variants, c3.noBaselines) };
}

// src/shard/files.ts
import { existsSync as existsSync5 } from "node:fs";
import { readdir as readdir3, readFile as readFile10 } from "node:fs/promises";
import { join as join11 } from "node:path";

// src/report/results.ts
var name2 = { type: "string", pattern: "^[A-Za-z0-9_.+-]+$" };
var resultsSchema = {
  type: "object",
  required: ["schemaVersion", "provenance", "variants"],
  properties: {
    schemaVersion: { const: 1 },
    shard: name2,
    provenance: {
      type: "object",
      required: ["commit", "date", "tool", "node", "toolchain"],
      properties: {
        commit: { type: "string" },
        date: { type: "string" },
        tool: { type: "string" },
        node: { type: "string" },
        toolchain: { type: "object", additionalProperties: { type: "string" } },
        sources: { type: "object" }
      }
    },
    variants: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "board", "stack", "runtime", "benchmark", "target", "status", "metrics"],
        properties: {
          id: { type: "string" },
          board: name2,
          stack: name2,
          runtime: name2,
          benchmark: name2,
          target: { enum: [...TARGETS] },
          status: { enum: [...VARIANT_STATUSES] },
          reason: { type: "string" },
          metrics: { type: "object", additionalProperties: metricSchema },
          durationMs: { type: "number" },
          log: { type: "string" },
          build: { type: "object" }
        }
      }
    }
  }
};
var validate5 = validator(resultsSchema);
function parseResults(file, text) {
  const parsed = parseWithPositions(file, text);
  const version = parsed.value?.schemaVersion;
  if (version !== 1) throw new UserError(`${file}: not a wasm-mcu-bench results file of schema version 1 (schemaVersion ${JSON.stringify(version)})`);
  const r = validate5(parsed);
  for (const [i2, v] of r.variants.entries())
    if (v.id !== `${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`)
      throw new UserError(`${file}: variants[${i2}].id: "${v.id}" is not ${v.board}/${v.stack}/${v.runtime}/${v.benchmark}@${v.target}`);
  return r;
}
function withoutMentions(value) {
  if (typeof value === "string") return value.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, "$1@\u200B");
  if (Array.isArray(value)) return value.map(withoutMentions);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutMentions(v)]));
  return value;
}

// src/shard/files.ts
async function candidates(dir) {
  if (!existsSync5(dir)) throw new UserError(`${dir}: no such folder of shard results`);
  const inside = (await readdir3(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join11(dir, e.name)).sort();
  return [dir, ...inside];
}
async function readShardFolders(dirs) {
  const files = [];
  let plan2;
  for (const dir of (await Promise.all(dirs.map(candidates))).flat()) {
    const results = join11(dir, "results.json");
    if (existsSync5(results)) {
      const r = parseResults(results, await readFile10(results, "utf8"));
      files.push({ file: results, results: r });
    }
    const p = join11(dir, "plan.json");
    if (existsSync5(p) && !plan2) plan2 = { file: p, plan: parsePlan(p, await readFile10(p, "utf8")) };
  }
  return { files, ...plan2 ? { plan: plan2 } : {} };
}

// src/report/exports.ts
import { rm as rm5, writeFile as writeFile5 } from "node:fs/promises";
import { join as join12 } from "node:path";
var direction = (metric) => METRICS[metric]?.direction ?? "smaller";
function githubActionBenchmark(r) {
  const out = { smaller: [], bigger: [] };
  for (const v of r.variants.filter((x) => x.status === "ok"))
    for (const [metric, m] of Object.entries(v.metrics))
      (direction(metric) === "smaller" ? out.smaller : out.bigger).push({
        name: `${v.id} ${metric}`,
        unit: m.unit,
        value: m.value,
        extra: `commit ${r.provenance.commit.slice(0, 12)}`
      });
  return out;
}
function bencherMetricFormat(r) {
  const out = {};
  for (const v of r.variants.filter((x) => x.status === "ok"))
    out[v.id] = Object.fromEntries(Object.entries(v.metrics).map(([metric, m]) => [metric.replace(/_/g, "-"), { value: m.value }]));
  return out;
}
var EXPORT_FILES = {
  smaller: "benchmark-smaller-is-better.json",
  bigger: "benchmark-bigger-is-better.json",
  bencher: "bencher.json"
};
async function clearReports(outDir) {
  for (const name3 of ["report.md", ...Object.values(EXPORT_FILES)]) await rm5(join12(outDir, name3), { force: true });
}
async function writeExports(outDir, r) {
  const gab = githubActionBenchmark(r);
  const files = [
    [EXPORT_FILES.smaller, gab.smaller],
    [EXPORT_FILES.bigger, gab.bigger],
    [EXPORT_FILES.bencher, bencherMetricFormat(r)]
  ];
  for (const [name3, data] of files) await writeFile5(join12(outDir, name3), `${JSON.stringify(data, null, 2)}
`);
  return files.map(([name3]) => join12(outDir, name3));
}

// src/build/wamrc.ts
import { existsSync as existsSync6 } from "node:fs";
import { mkdir as mkdir8, mkdtemp as mkdtemp2, realpath as realpath2, rename as rename4, rm as rm6 } from "node:fs/promises";
import { join as join13 } from "node:path";
var LLVM_DIR = "/usr/lib/llvm-19/lib/cmake/llvm";
var needsWamrc = (runtime) => runtime.startsWith("wamr-aot");
async function ensureWamrc(wamrDir, tree, cache, log, signal) {
  const dir = join13(cache, "wamrc", tree.replace(/^sha256:/, "").slice(0, 16));
  const exe = join13(dir, "wamrc");
  if (existsSync6(exe)) return exe;
  if (!existsSync6(LLVM_DIR)) throw new UserError(`building wamrc needs LLVM 19's CMake files (${LLVM_DIR}): install the Debian packages llvm-19-dev libclang-19-dev (scripts/setup.sh does it)`);
  await mkdir8(join13(cache, "wamrc"), { recursive: true });
  const build = await mkdtemp2(`${dir}.build-`);
  log(`building wamrc from ${wamrDir} (once per WAMR tree; a few minutes)`);
  const configure = ["-G", "Ninja", "-S", join13(wamrDir, "wamr-compiler"), "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DWAMR_BUILD_WITH_CUSTOM_LLVM=1", `-DLLVM_DIR=${LLVM_DIR}`];
  for (const args of [configure, ["--build", build]]) {
    const r = await runGuarded(["cmake", ...args], { all: true, ...signal ? { signal } : {} });
    if (r.failed) {
      await rm6(build, { recursive: true, force: true });
      throw new Error(`wamrc build failed (cmake ${args.join(" ")}):
${String(r.all).split("\n").slice(-15).join("\n")}`);
    }
  }
  await mkdir8(dir, { recursive: true });
  await rename4(await realpath2(join13(build, "wamrc")), exe);
  await rm6(build, { recursive: true, force: true });
  return exe;
}

// src/pipeline.ts
var entries = async (dir, file) => (await readdir4(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && existsSync7(join14(dir, e.name, file))).map((e) => e.name);
async function capabilities(firmwareDir) {
  return {
    stacks: await entries(join14(firmwareDir, "stacks"), "stack.cmake"),
    runtimes: await entries(join14(firmwareDir, "runtimes"), "runtime.cmake"),
    targets: TARGETS_WITH_BACKEND
  };
}
async function provenance2(cwd) {
  const commit = await execa("git", ["rev-parse", "HEAD"], { cwd, reject: false });
  const tools = ["arm-none-eabi-gcc", "cmake", "ninja", QEMU, "gcc", "valgrind"];
  const versions = await Promise.all(tools.map(toolVersion));
  return {
    commit: commit.failed ? "unknown" : String(commit.stdout).trim(),
    date: (/* @__PURE__ */ new Date()).toISOString(),
    tool: toolPackageVersion(),
    node: process.version,
    toolchain: Object.fromEntries(tools.map((t, i2) => [t, versions[i2]]))
  };
}
async function plan(o2) {
  const config = await loadConfig(o2.config);
  const firmwareDir = resolve6(o2.firmwareDir ?? join14(packageRoot(), "firmware"));
  const manifest = await loadManifest(firmwareDir);
  const cells2 = expandMatrix(config, await capabilities(firmwareDir));
  const sources = /* @__PURE__ */ new Map();
  for (const name3 of new Set(cells2.filter((v) => !v.notBuilt).flatMap((v) => sourcesFor(v, manifest))))
    sources.set(name3, await resolveSource(name3, manifest[name3]));
  return withFarm({ config, variants: markUnavailable(cells2, manifest, sources), firmwareDir, manifest, sources }, o2);
}
async function harnessDefinitions(p, progress, signal) {
  let wamrc;
  const wamr = p.sources.get("wamr");
  if (wamr?.dir && p.variants.some((v) => !v.notBuilt && needsWamrc(v.runtime))) {
    try {
      wamrc = { path: await ensureWamrc(wamr.dir, wamr.tree ?? wamr.pin.commit, cacheRoot(), (line) => progress.note(line), signal) };
    } catch (e) {
      if (e instanceof UserError) throw e;
      wamrc = { failed: e.message };
    }
  }
  return (v) => {
    const defs = {};
    for (const name3 of sourcesFor(v, p.manifest)) defs[cmakeName(name3)] = p.sources.get(name3).dir;
    if (needsWamrc(v.runtime)) {
      if (!wamrc || "failed" in wamrc) return { failed: wamrc?.failed ?? "wamrc unavailable" };
      defs.WMB_WAMRC = wamrc.path;
    }
    return defs;
  };
}
function sourceProvenance(p) {
  return Object.fromEntries([...p.sources.values()].filter((s) => s.dir).map((s) => [s.name, sourceUse(s)]));
}
async function withFarm(p, o2) {
  let { variants } = p;
  let farm;
  const hardware = variants.some((v) => v.target === "hardware" && !v.notBuilt);
  if (hardware || o2.boards) {
    const inventory = await loadInventory(o2.boards ?? resolve6(dirname9(resolve6(o2.config)), p.config.inventory));
    if (hardware) {
      const a2 = assignBoards(variants, inventory, p.config.file);
      variants = a2.variants;
      farm = { inventory, boardOf: a2.boardOf };
    }
  }
  const shards = planShards(variants, farm?.boardOf ?? /* @__PURE__ */ new Map());
  if (o2.shard) variants = selectShard(shards, variants, o2.shard);
  return { ...p, variants, shards, ...farm ? { farm } : {} };
}
async function collect(o2, p) {
  const built = p.variants.filter((v) => !v.notBuilt);
  await requireTools([
    ...built.some((v) => v.target !== "host") ? ["arm-none-eabi-gcc"] : [],
    ...built.some((v) => v.target === "emulated") ? [QEMU] : [],
    ...built.length ? ["cmake", "ninja", "setpriv", "timeout"] : [],
    ...built.some((v) => v.target === "host") ? ["gcc", "valgrind"] : []
  ]);
  await mkdir9(o2.outDir, { recursive: true });
  await clearReports(o2.outDir);
  const variants = await executeMatrix(p.variants, {
    firmwareDir: p.firmwareDir,
    cmakeDefs: await harnessDefinitions(p, o2.progress, o2.signal),
    // WASM_MCU_BENCH_CCACHE=0 turns the compiler cache off (to time builds without it).
    ...process.env.WASM_MCU_BENCH_CCACHE !== "0" && await toolVersion("ccache") !== "missing" ? { ccache: compilerCache(join14(o2.outDir, "build"), cacheRoot()) } : {},
    outDir: o2.outDir,
    timeoutMs: p.config.timeoutSeconds * 1e3,
    host: p.config.host,
    jobs: p.config.jobs,
    progress: o2.progress,
    backends: backendsFor({ host: p.config.host, ...p.farm ? { farm: p.farm } : {}, workDir: join14(o2.outDir, "flash") }),
    ...o2.signal ? { signal: o2.signal } : {}
  });
  const stopped = stopSignal(o2.signal);
  const results = {
    schemaVersion: 1,
    ...o2.shard ? { shard: o2.shard } : {},
    provenance: { ...await provenance2(dirname9(resolve6(o2.config))), sources: sourceProvenance(p) },
    variants,
    ...stopped ? { interrupted: true } : {}
  };
  const resultsPath = join14(o2.outDir, "results.json");
  await writeFile6(resultsPath, `${JSON.stringify(results, null, 2)}
`);
  if (stopped) {
    const done = variants.filter((v) => v.status === "ok").length;
    throw new Interrupted(stopped, `interrupted by ${stopped}: ${resultsPath} holds the ${done} variant(s) that finished, marked interrupted`);
  }
  return { results, resultsPath };
}
async function baselineFolder(o2, config, mayCreate = false) {
  const dir = resolve6(dirname9(resolve6(o2.config)), config.baselines);
  await checkBaselineFolder(dir, mayCreate ? void 0 : config.baselinesAt);
  const repaired = await recoverBaselines(dir);
  if (repaired) o2.progress.note(repaired);
  return dir;
}
async function comparedWith(p, o2) {
  const dir = await baselineFolder(o2, p.config);
  const head = await readBaselines(dir);
  if (o2.baseRef === void 0) return { base: head, edits: [], notes: [], pins: [] };
  const sha = await requireCommit(dirname9(resolve6(o2.config)), o2.baseRef, "base commit");
  const atBase = await readBaselinesAt(dir, sha);
  return { base: atBase, edits: baselineEdits(atBase, head), notes: [], pins: await pinsAtBase(p, sha) };
}
async function pinsAtBase(p, sha) {
  const file = join14(p.firmwareDir, "sources.json");
  const path6 = await repoPath(file);
  if (!path6 || !await findCommit(p.firmwareDir, sha)) return [];
  const text = await showAt(file, path6, sha);
  return pinChanges(text === void 0 ? {} : parseManifest(`${path6} at ${sha.slice(0, 12)}`, text), p.manifest);
}
async function check(o2) {
  const p = await plan(o2);
  const { base: base3, edits, notes, pins } = await comparedWith(p, o2);
  const { results, resultsPath } = await collect(o2, p);
  const comparison = compare(results, base3, (id) => thresholdsFor(p.config, id), absence(p.config, p.config.targets));
  const report = renderMarkdown({ results, comparison, baselineEdits: edits, notes, pins, ...o2.acceptedBy ? { acceptedBy: o2.acceptedBy } : {} });
  const reportPath = join14(o2.outDir, "report.md");
  await writeFile6(reportPath, report);
  await writeExports(o2.outDir, results);
  return { results, comparison, report, reportPath, resultsPath };
}
function updateSummary(u2) {
  const list2 = (title, items) => items.length ? [`${title}:`, ...items.map((i2) => `  ${i2}`)] : [];
  return [
    `results: ${u2.resultsPath}`,
    ...list2("baselines written", u2.written),
    ...list2("baseline entries removed (no longer in the config's matrix)", u2.removed),
    ...list2("baseline files deleted (no entry left)", u2.deleted),
    ...u2.kept.length ? [`${u2.kept.length} baseline entr${u2.kept.length === 1 ? "y" : "ies"} kept as they were (their variants did not run)`] : []
  ].join("\n");
}
async function updateBaselines2(o2) {
  const p = await plan(o2);
  const baselineDir = await baselineFolder(o2, p.config, true);
  const existing = await readBaselines(baselineDir);
  const { results, resultsPath } = await collect(o2, p);
  return { results, resultsPath, ...await writeBaselinesOf(baselineDir, existing, p.config, results) };
}
async function writeBaselinesOf(baselineDir, existing, config, results) {
  const failed = results.variants.filter((v) => v.status === "failed");
  if (failed.length)
    throw new UserError(`refusing to update baselines: ${failed.length} variant(s) failed: ${failed.map((f) => `${f.id} (${(f.reason ?? "").split("\n")[0]})`).join("; ")}`);
  const u2 = updateBaselines(existing.files, results.variants, results.provenance, (id) => keepsBaseline(placeOf(config, id)));
  const written = await writeBaselines(baselineDir, u2.files, u2.emptied);
  const deleted = u2.emptied.map((e) => baselinePath(baselineDir, e.target, e.board));
  return { written, deleted, removed: u2.removed, kept: u2.kept, baselineDir };
}
async function mergedResults(o2) {
  const p = await plan({ ...o2, shard: void 0 });
  const found = await readShardFolders(o2.results);
  const planned = o2.planFile ? parsePlan(o2.planFile, await readFile11(o2.planFile, "utf8")) : found.plan?.plan ?? p.shards;
  return { p, merged: mergeShards(planned, found.files, await provenance2(dirname9(resolve6(o2.config)))), ranTargets: [...new Set(planned.shards.map((s) => s.target))] };
}
async function reportShards(o2) {
  const { p, merged, ranTargets } = await mergedResults(o2);
  const { base: base3, edits, notes, pins } = await comparedWith(p, o2);
  await mkdir9(o2.outDir, { recursive: true });
  const resultsPath = join14(o2.outDir, "results.json");
  await writeFile6(resultsPath, `${JSON.stringify(merged.results, null, 2)}
`);
  const comparison = withMissing(compare(merged.results, base3, (id) => thresholdsFor(p.config, id), absence(p.config, ranTargets)), merged.missing);
  const report = renderMarkdown({ results: merged.results, comparison, baselineEdits: edits, notes, pins, ...o2.acceptedBy ? { acceptedBy: o2.acceptedBy } : {} });
  const reportPath = join14(o2.outDir, "report.md");
  await writeFile6(reportPath, report);
  await writeExports(o2.outDir, merged.results);
  return { results: merged.results, comparison, report, reportPath, resultsPath };
}
async function reportFrom(o2) {
  const config = await loadConfig(o2.config);
  const text = await readFile11(o2.resultsFile, "utf8").catch(() => {
    throw new UserError(`${o2.resultsFile}: cannot read the results (was the artifact downloaded?)`);
  });
  const results = withoutMentions(parseResults(o2.resultsFile, text));
  const dir = resolve6(dirname9(resolve6(o2.config)), config.baselines);
  const base3 = o2.baseRef === void 0 ? await readBaselines(dir) : await readBaselinesAt(dir, await requireCommit(dirname9(resolve6(o2.config)), o2.baseRef, "base commit"));
  const comparison = compare(results, base3, (id) => thresholdsFor(config, id), absence(config, [...new Set(results.variants.map((v) => v.target))]));
  const report = renderMarkdown({ results, comparison, baselineEdits: [], ...o2.acceptedBy ? { acceptedBy: o2.acceptedBy } : {} });
  await mkdir9(o2.outDir, { recursive: true });
  const reportPath = join14(o2.outDir, "report.md");
  await writeFile6(reportPath, report);
  return { results, comparison, report, reportPath, resultsPath: o2.resultsFile };
}
async function updateBaselinesFromShards(o2) {
  const { p, merged } = await mergedResults(o2);
  if (merged.missing.length)
    throw new UserError(`refusing to update baselines: ${merged.missing.length} variant(s) missing: ${[...new Set(merged.missing.map((m) => m.reason))].join("; ")}`);
  const baselineDir = await baselineFolder(o2, p.config, true);
  const existing = await readBaselines(baselineDir);
  await mkdir9(o2.outDir, { recursive: true });
  const resultsPath = join14(o2.outDir, "results.json");
  await writeFile6(resultsPath, `${JSON.stringify(merged.results, null, 2)}
`);
  return { results: merged.results, resultsPath, ...await writeBaselinesOf(baselineDir, existing, p.config, merged.results) };
}

// src/progress.ts
var oneLine = (r) => {
  const h2 = headline(r);
  const secs = r.durationMs === void 0 ? "" : ` in ${(r.durationMs / 1e3).toFixed(1)} s`;
  return `${r.status}${h2 ? `  ${h2}` : ""}${r.reason ? `  (${r.reason.split("\n")[0]})` : ""}${secs}`;
};
function githubProgress() {
  return {
    phase: () => {
    },
    note: (line) => info(line),
    done(i2, n2, r, log) {
      startGroup(`[${i2}/${n2}] ${r.id}: ${oneLine(r)}`);
      info(log.trimEnd());
      endGroup();
    }
  };
}
function terminalProgress(stream = process.stderr) {
  const live = stream.isTTY === true;
  const clear = () => live && stream.write("\r\x1B[2K");
  return {
    note(line) {
      clear();
      stream.write(`${line}
`);
    },
    phase(i2, n2, phase, id) {
      clear();
      stream.write(`[${i2}/${n2}] ${phase} ${id}${live ? "" : "\n"}`);
    },
    done(i2, n2, r) {
      clear();
      stream.write(`[${i2}/${n2}] ${r.id}: ${oneLine(r)}
`);
    }
  };
}

// src/github/release.ts
import { readFile as readFile12 } from "node:fs/promises";
import { relative as relative3 } from "node:path";
var pct = (e) => e.before === void 0 || e.after === void 0 || e.before === 0 ? "" : formatPercent(100 * (e.after - e.before) / Math.abs(e.before));
function pullRequestBody(edits, files, source) {
  const rank = (e) => e.before && e.after !== void 0 ? Math.abs((e.after - e.before) / e.before) : Infinity;
  const rows2 = [...edits].sort((a2, b) => rank(b) - rank(a2)).map((e) => `| \`${e.id}\` | ${e.metric} | ${e.before === void 0 ? "(new)" : formatValue(e.before, e.unit)} | ${e.after === void 0 ? "(removed)" : formatValue(e.after, e.unit)} | ${pct(e)} |`);
  const head = [
    `Baselines measured by ${source}.`,
    "",
    `${files.length} file(s): ${files.map((f) => `\`${f.path}\`${f.content === null ? " (deleted)" : ""}`).join(", ")}; ${edits.length} value(s) moved.`,
    "",
    "| Variant | Metric | Before | After | Change |",
    "|---|---|--:|--:|--:|"
  ].join("\n");
  let body = head;
  for (const [i2, r] of rows2.entries()) {
    const more = `

\u2026 and ${rows2.length - i2} more (see the diff).`;
    if (body.length + r.length + 1 + more.length > MAX_COMMENT) return body + more;
    body += `
${r}`;
  }
  return `${body}
`;
}
async function openBaselinePullRequest(octokit, pr) {
  const { owner, repo } = pr;
  const { data: info2 } = await octokit.rest.repos.get({ owner, repo });
  const base3 = info2.default_branch;
  if (pr.branch === base3) throw new Error(`refusing to write baselines to the default branch ${base3}: give another branch name`);
  const { data: head } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${base3}` });
  const { data: parent } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head.object.sha });
  const blobs = [];
  for (const f of pr.files)
    blobs.push(f.content === null ? null : (await octokit.rest.git.createBlob({ owner, repo, content: f.content, encoding: "utf-8" })).data.sha);
  const { data: tree } = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: parent.tree.sha,
    // A null sha deletes the path from the base tree.
    tree: pr.files.map((f, i2) => ({ path: f.path, mode: "100644", type: "blob", sha: blobs[i2] }))
  });
  const { data: commit } = await octokit.rest.git.createCommit({ owner, repo, message: pr.title, tree: tree.sha, parents: [parent.sha] });
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${pr.branch}`, sha: commit.sha });
  } catch (e) {
    if (e.status !== 422) throw e;
    await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${pr.branch}`, sha: commit.sha, force: true });
  }
  const { data: pull } = await octokit.rest.pulls.create({ owner, repo, title: pr.title, head: pr.branch, base: base3, body: pr.body });
  return { number: pull.number, url: pull.html_url, commit: commit.sha, base: base3 };
}
async function git2(cwd, args) {
  return execa("git", args, { cwd, reject: false, stripFinalNewline: true });
}
async function baselineChanges(baselineDir, written, deleted = []) {
  const top = await git2(baselineDir, ["rev-parse", "--show-toplevel"]);
  if (top.failed) throw new UserError(`${baselineDir} is not in a git repository: a pull request needs one`);
  const root = String(top.stdout);
  const files = [];
  for (const file of written) {
    const path6 = relative3(root, file).split("\\").join("/");
    const content = await readFile12(file, "utf8");
    const before = await git2(root, ["show", `HEAD:${path6}`]);
    if (before.failed || `${before.stdout}
` !== content) files.push({ path: path6, content });
  }
  for (const file of deleted) {
    const path6 = relative3(root, file).split("\\").join("/");
    if (!(await git2(root, ["cat-file", "-e", `HEAD:${path6}`])).failed) files.push({ path: path6, content: null });
  }
  const empty = { files: [], byId: /* @__PURE__ */ new Map(), source: "none" };
  const edits = baselineEdits(await readBaselinesAt(baselineDir, "HEAD") ?? empty, await readBaselines(baselineDir));
  return { files, edits, root };
}
async function releaseBaselines(octokit, where, baselineDir, written, label2, deleted = []) {
  const { files, edits } = await baselineChanges(baselineDir, written, deleted);
  if (!files.length) return void 0;
  return openBaselinePullRequest(octokit, {
    ...where,
    branch: `wasm-mcu-bench/baselines-${label2.replace(/[^\w.-]+/g, "-")}`,
    title: `Baselines for ${label2}`,
    body: pullRequestBody(edits, files, `wasm-mcu-bench on ${label2}`),
    files
  });
}

export {
  execa,
  downloadTree,
  STAMP_FILE,
  treeHash,
  parseManifest,
  loadManifest,
  envName,
  cacheRoot,
  cachedDir,
  SourceHashError,
  addToCache,
  archiveUrl,
  DOWNLOAD_TIMEOUT_MS,
  resolveSource,
  verificationText,
  baselinePath,
  METRICS,
  STATUSES,
  EXIT,
  outcome,
  formatNumber,
  formatValue,
  formatPercent,
  headline,
  markdownTable,
  barred,
  SCALE,
  slowdownViews,
  slowdownTable,
  boardTitle,
  footprintViews,
  boardCapacity,
  hasReserved,
  RESERVED_NOTE,
  footprintTable,
  groupReasons,
  groupLines,
  STATUS_LABEL,
  verdictLine,
  sourceNotes,
  fitComment,
  runUrl,
  upsertComment,
  openBaselinePullRequest,
  releaseBaselines,
  packageRoot,
  toolPackageVersion,
  loadConfig,
  Interrupted,
  stopSignal,
  onStopSignals,
  lockOutDir,
  strategyMatrix,
  onlyTargets,
  plan,
  collect,
  check,
  updateSummary,
  updateBaselines2 as updateBaselines,
  reportShards,
  reportFrom,
  updateBaselinesFromShards,
  githubProgress,
  terminalProgress
};

#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  AXES,
  benchmarkDirsOf,
  cflagProblem,
  defineProblem,
  loadConfig,
  parseConfig,
  stringDefines
} from "./chunk-2Y2U63YO.js";
import "./chunk-DWIKYRKP.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  AXES,
  benchmarkDirsOf,
  cflagProblem,
  defineProblem,
  loadConfig,
  parseConfig,
  stringDefines
};

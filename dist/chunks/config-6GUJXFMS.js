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
} from "./chunk-ZY7Q422F.js";
import "./chunk-7TY25XYL.js";
import "./chunk-C7Z6D2VV.js";
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

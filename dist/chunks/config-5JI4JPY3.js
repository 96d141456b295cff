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
} from "./chunk-LJX4DMNJ.js";
import "./chunk-HSKKFJR5.js";
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

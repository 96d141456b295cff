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
} from "./chunk-F75WDHLU.js";
import "./chunk-E3NZWPUZ.js";
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

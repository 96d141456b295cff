#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  AXES,
  cflagProblem,
  defineProblem,
  loadConfig,
  parseConfig,
  stringDefines
} from "./chunk-I6VKJE54.js";
import "./chunk-DWIKYRKP.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  AXES,
  cflagProblem,
  defineProblem,
  loadConfig,
  parseConfig,
  stringDefines
};

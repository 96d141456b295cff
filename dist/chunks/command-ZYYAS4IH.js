#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-YUCJ3XOP.js";
import "./chunk-K5QHYE3Y.js";
import "./chunk-DWIKYRKP.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};

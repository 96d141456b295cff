#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-YDKFCRC7.js";
import "./chunk-ZPCJXJUK.js";
import "./chunk-KL4GV47V.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};

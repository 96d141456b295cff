#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-SWJZY2CJ.js";
import "./chunk-WRMLZB4M.js";
import "./chunk-KL4GV47V.js";
import "./chunk-NOZKRUWY.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};

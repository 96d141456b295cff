#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-AN6XCU3A.js";
import "./chunk-ZOJQWOWK.js";
import "./chunk-E3NZWPUZ.js";
import "./chunk-C7Z6D2VV.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};

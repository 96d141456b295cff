#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-ZRUB4WGV.js";
import "./chunk-RFHLX7TK.js";
import "./chunk-7TY25XYL.js";
import "./chunk-C7Z6D2VV.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};

#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  buildSite,
  historyCommand
} from "./chunk-NUGFVETM.js";
import "./chunk-ZSPDZ7YN.js";
import "./chunk-L525AIK4.js";
import "./chunk-C7Z6D2VV.js";
import "./chunk-YWIP2CGA.js";
export {
  buildSite,
  historyCommand
};

#!/usr/bin/env node
import { createRequire as __wmbCreateRequire } from 'node:module';
const require = __wmbCreateRequire(import.meta.url);
import {
  setFailed
} from "./chunks/chunk-XND34POZ.js";
import "./chunks/chunk-D6S4A3XR.js";
import {
  UserError
} from "./chunks/chunk-C7Z6D2VV.js";
import "./chunks/chunk-YWIP2CGA.js";

// src/github/event.ts
import { readFileSync } from "node:fs";
function checkEventFile(env = process.env) {
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): cannot read it (${e.code ?? String(e)})`);
  }
  let event;
  try {
    event = JSON.parse(text);
  } catch (e) {
    throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): not JSON (${e.message.split("\n")[0]})`);
  }
  if (event === null || typeof event !== "object" || Array.isArray(event)) throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): not a JSON object`);
  const pr = event.pull_request;
  if (pr === void 0) return;
  const number = pr?.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1)
    throw new UserError(`event file ${file} (GITHUB_EVENT_PATH): pull_request.number is not a pull request number`);
}

// src/index.ts
try {
  checkEventFile();
  const { run } = await import("./chunks/action-7KQERFJP.js");
  await run();
} catch (e) {
  setFailed(e.message);
}

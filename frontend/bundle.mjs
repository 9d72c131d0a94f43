// Builds the browser bundle into target/site/pkg from the wasm that cargo linked (with
// relocations, see .cargo/config.toml), then prints what each page and each shared chunk costs.
//
//   1. wasm-split-cli cuts the wasm at every `#[lazy]` function (each page is one, see
//      app/src/pages/mod.rs): a main module, one module per page, and chunks of code that several
//      pages share, plus `__wasm_split.js`, which loads them.
//   2. wasm-bindgen writes the JS glue for the main module; wasm-opt -Oz shrinks every module.
//   3. esbuild minifies the JS and the stylesheet; the icon is copied.
//   4. `pages.json` lists, per page, the wasm files it needs, so the server can preload them.
//   5. Every file gets a Brotli (.br) and a gzip (.gz) copy at the highest levels, which the
//      server sends as they are.
//
// Usage: node frontend/bundle.mjs <linked frontend.wasm> <output folder>
import { execFileSync, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  console.error("usage: node frontend/bundle.mjs <linked frontend.wasm> <output folder>");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const staging = `${out}.staging`;

const tool = (name) => join(root, "frontend/node_modules/.bin", name);
const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });

/// Runs `jobs` (functions returning [command, args]) at most one per core at a time.
async function inParallel(jobs) {
  const failures = [];
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const [command, args] = job();
      const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
      let errors = "";
      child.stderr.on("data", (data) => { errors += data; });
      const code = await new Promise((done) => child.on("close", done));
      if (code !== 0) failures.push(`${command} ${args.join(" ")}\n${errors}`);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  if (failures.length > 0) throw new Error(`failed: ${failures.join("; ")}`);
}

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
const split = join(staging, "split");
run("wasm-split-cli", ["--target", "web", "--out-name", "frontend", input, split]);
run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
  "--out-name", "frontend", "--out-dir", staging, join(split, "frontend.wasm")]);

const modules = readdirSync(split).filter((name) => name.endsWith(".wasm") && name !== "frontend.wasm");
const wasm = ["frontend_bg.wasm", ...modules];
// wasm-opt warns on every module about a name subsection it does not know (it keeps what it
// reads); its output is shown only when it fails.
await inParallel(wasm.map((name) => () => [tool("wasm-opt"), ["-Oz", modules.includes(name) ? join(split, name) : join(staging, name), "-o", join(staging, name)]]));

// Which wasm files each page needs: its own module, and the chunks named in the comment the
// splitter writes above each chunk's loader (read before minifying drops the comments):
// `/* __users_route_view_1, __audit_log_route_view_1 */ const __chunk_7 = makeLoad(() => { … "./chunk_7.wasm" …`
const loader = readFileSync(join(split, "__wasm_split.js"), "utf8");
// `__users_route_view_<hash>` (a lazy route's view) → `UsersRoute`; `loaded_dialog_<hash>` → `LoadedDialog`.
const routeOf = (module) => module.replace(/^__/, "").replace(/_\d+$/, "").replace(/_view$/, "").replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase());
const pages = {};
for (const name of modules.filter((name) => name.startsWith("split_"))) {
  pages[routeOf(name.slice("split_".length, -".wasm".length))] = [name];
}
for (const [, splits, chunk] of loader.matchAll(/\/\* ([^*]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
  for (const split of splits.split(", ")) (pages[routeOf(split)] ??= []).push(chunk);
}
const chunks = new Set(Object.values(pages).flat());
const orphans = modules.filter((name) => !chunks.has(name));
if (Object.keys(pages).length === 0 || orphans.length > 0) {
  throw new Error(`cannot tell which pages need ${orphans.join(", ") || "the split modules"}: has the splitter's loader changed?`);
}
writeFileSync(join(staging, "pages.json"), JSON.stringify(pages, null, 1));

// wasm-bindgen names the loader once per imported function in one object; every key is the same
// module, so the repeated keys esbuild warns about are harmless.
for (const [from, name] of [[staging, "frontend.js"], [split, "__wasm_split.js"], [join(root, "style"), "main.css"]]) {
  run(tool("esbuild"), ["--minify", "--log-level=warning", "--allow-overwrite",
    "--log-override:duplicate-object-key=silent", join(from, name), `--outfile=${join(staging, name)}`]);
}
copyFileSync(join(root, "style/favicon.svg"), join(staging, "favicon.svg"));
rmSync(split, { recursive: true });

const compressible = /\.(js|wasm|css|svg|json)$/;
const sizes = {};
for (const name of readdirSync(staging).filter((name) => compressible.test(name))) {
  const path = join(staging, name);
  const data = readFileSync(path);
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  sizes[name] = { raw: data.length, brotli: brotli.length };
}
rmSync(out, { recursive: true, force: true });
execFileSync("mv", [staging, out]);

// What a page costs the browser on first use, Brotli: the shared start (glue, loader, main
// module, stylesheet) once, then each page's own files. A change that grows a page shows here.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (names) => names.reduce((total, name) => total + sizes[name].brotli, 0);
const start = ["frontend.js", "__wasm_split.js", "frontend_bg.wasm", "main.css"];
console.log(`\nBundle (Brotli): start ${kb(sum(start))} = ${start.map((name) => `${name} ${kb(sizes[name].brotli)}`).join(", ")}`);
for (const [page, files] of Object.entries(pages).sort()) {
  const own = files.find((name) => name.startsWith("split_"));
  console.log(`  ${page.padEnd(16)} +${kb(sum(files)).padStart(9)}  (own ${kb(sizes[own].brotli)}, ${files.length - 1} shared chunks)  first load ${kb(sum(start) + sum(files))}`);
}
const all = Object.values(sizes).reduce((total, size) => total + size.brotli, 0);
console.log(`  every file        ${kb(all).padStart(9)}  in ${Object.keys(sizes).length} files`);
// Each shared chunk, largest first, with the pages that load it.
const users = (chunk) => Object.keys(pages).filter((page) => pages[page].includes(chunk)).map((page) => page.replace(/Route$/, ""));
const chunkList = [...chunks].filter((name) => name.startsWith("chunk_")).sort((a, b) => sizes[b].brotli - sizes[a].brotli);
console.log(`Shared chunks (Brotli), largest first:`);
for (const name of chunkList) {
  console.log(`  ${name.padEnd(16)} ${kb(sizes[name].brotli).padStart(9)}  ${users(name).join(", ")}`);
}

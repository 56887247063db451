// Starts the content worker (src/browser/content_worker.rs): the wasm-bindgen glue, then the wasm.
importScripts('./tarikh-worker.js');
wasm_bindgen({ module_or_path: './tarikh-worker_bg.wasm' });

//! The content worker: files the page's fast path (`content::load_quick`) cannot take (a
//! TimelineJS3 file, a file with problems) are loaded in a Web Worker that holds the full
//! loader: positions for every problem and the importer. The first paint does not download it.
use crate::content::worker_reply::{self, Reply};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Url, Worker};

/// The worker's start-up script (public/tarikh-worker-loader.js), next to the app's own script.
const WORKER_SCRIPT: &str = "tarikh-worker-loader.js";

#[wasm_bindgen]
extern "C" {
    /// URL of the app's JS module, so the worker is found wherever the app is served from.
    #[wasm_bindgen(thread_local_v2, js_namespace = ["import", "meta"], js_name = url)]
    static MODULE_URL: String;
}

/// The worker's first message: its handler is set, so the page may send the file. (A message
/// sent before the wasm has started would find no handler and be lost.)
const READY: &str = "ready";

/// Worker side: answer each message (the text of a content file) with `worker_reply::answer`.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let text = ev.data().as_string().unwrap_or_default();
        let _ = reply_to.post_message(&JsValue::from_str(&worker_reply::answer(&text)));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// The next message from `worker` (or its error).
async fn next_message(worker: &Worker) -> Result<JsValue, JsValue> {
    let message = Promise::new(&mut |resolve, reject| {
        worker.set_onmessage(Some(&resolve));
        worker.set_onerror(Some(&reject));
    });
    wasm_bindgen_futures::JsFuture::from(message).await
}

/// Page side: load `text` in a new worker and return its answer. The worker ends afterwards.
pub async fn load(text: &str) -> Result<Reply, String> {
    let url = MODULE_URL
        .with(|base| Url::new_with_base(WORKER_SCRIPT, base))
        .map_err(|_| "cannot locate the content worker".to_string())?
        .href();
    let worker = Worker::new(&url).map_err(|e| format!("cannot start {url}: {e:?}"))?;
    let ready = next_message(&worker).await;
    let result = match ready {
        Ok(_) => match worker.post_message(&JsValue::from_str(text)) {
            Ok(()) => next_message(&worker).await,
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    worker.terminate();
    let event =
        result.map_err(|_| format!("the content worker {url} failed to load or crashed"))?;
    let json = event
        .dyn_into::<MessageEvent>()
        .ok()
        .and_then(|m| m.data().as_string())
        .ok_or("the content worker sent no answer")?;
    worker_reply::read(&json)
}

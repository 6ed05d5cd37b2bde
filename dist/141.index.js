export const id = 141;
export const ids = [141];
export const modules = {

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanInWorkers: () => (/* binding */ scanInWorkers)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);

function describeBudget(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
/**
 * Scans files in worker threads. Each worker reads and scans a batch at a time and writes, in shared memory,
 * which file it is on; a watchdog terminates a worker that stays on one file longer than the budget (or that
 * crashes), lists that file as not scanned with the reason, requeues the rest of its batch and starts a new
 * worker. Nothing is dropped: every file comes back scanned, listed, or in `fallback`.
 */
function scanInWorkers(files, opts) {
    const result = { references: [], skipped: [], facts: [], deferred: [], fallback: [] };
    if (!files.length)
        return Promise.resolve(result);
    const queue = [...files];
    let head = 0;
    const requeued = [];
    let nextId = 1;
    let everReady = false;
    let failedStarts = 0;
    const slots = new Set();
    const size = Math.max(1, Math.min(opts.size, files.length));
    return new Promise((resolve) => {
        let finished = false;
        const remaining = () => requeued.length + (queue.length - head);
        const take = () => {
            const n = Math.max(1, Math.min(64, Math.ceil(remaining() / (size * 4))));
            const out = requeued.splice(0, n);
            while (out.length < n && head < queue.length)
                out.push(queue[head++]);
            return out;
        };
        const finish = () => {
            if (finished)
                return;
            finished = true;
            clearInterval(timer);
            for (const s of slots) {
                s.stopped = true;
                void s.worker.terminate();
            }
            resolve(result);
        };
        const maybeDone = () => {
            if (remaining() === 0 && [...slots].every((s) => !s.batch))
                finish();
        };
        const dispatch = (slot) => {
            if (finished || !slot.ready)
                return;
            if (remaining() === 0)
                return maybeDone();
            slot.batch = { id: nextId++, files: take() };
            slot.seen = '';
            slot.since = Date.now();
            slot.worker.postMessage(slot.batch);
        };
        /** Stops a slot's batch: the file it is on gets `reason`, the others go back to the queue. */
        const abandon = (slot, reason) => {
            const batch = slot.batch;
            slot.batch = undefined;
            if (!batch)
                return;
            const at = Atomics.load(slot.progress, 0) === batch.id ? Atomics.load(slot.progress, 1) : -1;
            batch.files.forEach((f, i) => {
                if (i === at)
                    result.skipped.push({ path: f.path, reason });
                else
                    requeued.push(f);
            });
        };
        const replace = (slot) => {
            slots.delete(slot);
            if (!finished && remaining() > 0 && slots.size < size)
                spawn();
            maybeDone();
        };
        const spawn = () => {
            const progressBuffer = new SharedArrayBuffer(8);
            const progress = new Int32Array(progressBuffer);
            progress[0] = -1;
            progress[1] = -1;
            let worker;
            try {
                worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(opts.entry, {
                    workerData: { ...opts.init, progress: progressBuffer },
                    resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 256 },
                });
            }
            catch {
                failedStarts++;
                if (!everReady)
                    giveUp();
                return;
            }
            const slot = { worker, progress, ready: false, stopped: false, seen: '', since: Date.now() };
            slots.add(slot);
            worker.on('message', (m) => {
                if ('ready' in m) {
                    slot.ready = true;
                    everReady = true;
                    dispatch(slot);
                    return;
                }
                if (!slot.batch || m.id !== slot.batch.id)
                    return;
                for (const r of m.results) {
                    for (const x of r.references)
                        result.references.push(x);
                    for (const x of r.skipped)
                        result.skipped.push(x);
                    if (r.facts)
                        for (const x of r.facts)
                            result.facts.push(x);
                }
                const d = m.deferred ?? [];
                for (let j = 0; j + 1 < d.length; j += 2) {
                    const path = slot.batch.files[d[j]].path;
                    const last = result.deferred[result.deferred.length - 1];
                    if (last?.path === path)
                        last.which.push(d[j + 1]);
                    else
                        result.deferred.push({ path, which: [d[j + 1]] });
                }
                slot.batch = undefined;
                dispatch(slot);
            });
            const lost = (why) => {
                if (slot.stopped || finished)
                    return;
                slot.stopped = true;
                if (!slot.ready && !everReady) {
                    failedStarts++;
                    slots.delete(slot);
                    if (failedStarts >= size)
                        giveUp();
                    return;
                }
                abandon(slot, `the scan of this file stopped its worker thread (${why})`);
                replace(slot);
            };
            worker.on('error', (e) => lost(e.message));
            worker.on('exit', (code) => lost(`exit code ${code}`));
        };
        /** No worker could start: hand every file back to the caller. */
        const giveUp = () => {
            for (const s of slots)
                abandon(s, 'worker thread failed');
            result.fallback.push(...requeued.splice(0), ...queue.slice(head));
            head = queue.length;
            finish();
        };
        const tick = Math.max(20, Math.min(1000, Math.floor(opts.budgetMs / 4)));
        const timer = setInterval(() => {
            const now = Date.now();
            for (const slot of [...slots]) {
                if (!slot.batch || slot.stopped)
                    continue;
                const seen = `${Atomics.load(slot.progress, 0)}:${Atomics.load(slot.progress, 1)}`;
                if (seen !== slot.seen) {
                    slot.seen = seen;
                    slot.since = now;
                }
                else if (now - slot.since > opts.budgetMs) {
                    slot.stopped = true;
                    void slot.worker.terminate();
                    abandon(slot, `over the time budget (${describeBudget(opts.budgetMs)} per file): its scan was stopped`);
                    replace(slot);
                }
            }
        }, tick);
        for (let i = 0; i < size; i++)
            spawn();
    });
}


/***/ })

};

//# sourceMappingURL=141.index.js.map
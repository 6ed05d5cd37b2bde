export const id = 141;
export const ids = [141];
export const modules = {

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ScanPool: () => (/* binding */ ScanPool),
/* harmony export */   scanInWorkers: () => (/* binding */ scanInWorkers)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);

/** Batches a worker holds at once: the one it scans and the next. */
const IN_FLIGHT = 2;
function describeBudget(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
/**
 * Worker threads that scan files. The workers start when the pool is made (they load the scanners and the
 * catalog while the caller still lists the files), and `run` hands them the files. Each worker reads and scans
 * a batch at a time and writes, in shared memory, which file it is on; a watchdog terminates a worker that
 * stays on one file longer than the budget (or that crashes), lists that file as not scanned with the reason,
 * requeues the rest of its batch and starts a new worker. Nothing is dropped: every file comes back scanned,
 * listed, or in `fallback`. Until `run`, the workers do not keep the process alive; `close` stops them.
 */
class ScanPool {
    opts;
    slots = new Set();
    everReady = false;
    failedStarts = 0;
    closed = false;
    current;
    constructor(opts) {
        this.opts = opts;
        for (let i = 0; i < Math.max(1, opts.size); i++)
            this.spawn();
    }
    /** Stops the workers (a pool nobody ran, or after a run). */
    close() {
        this.closed = true;
        for (const s of this.slots) {
            s.stopped = true;
            void s.worker.terminate();
        }
        this.slots.clear();
    }
    /** Scans `files` in the workers (once per pool); the pool is closed when the run ends. */
    run(files) {
        const result = { references: [], skipped: [], facts: [], deferred: [], fallback: [] };
        if (this.current || this.closed)
            throw new Error('a scan pool runs once');
        if (!files.length) {
            this.close();
            return Promise.resolve(result);
        }
        return new Promise((resolve) => {
            const tick = Math.max(20, Math.min(1000, Math.floor(this.opts.budgetMs / 4)));
            const run = {
                queue: files,
                head: 0,
                requeued: [],
                nextId: 1,
                result,
                finished: false,
                resolve,
                timer: setInterval(() => this.watch(), tick),
            };
            this.current = run;
            for (const s of this.slots)
                s.worker.ref();
            // a worker lost while the pool waited for its run is replaced now
            if (this.everReady)
                while (this.slots.size < this.opts.size)
                    this.spawn();
            if (!this.slots.size) {
                this.giveUp();
                return;
            }
            for (const s of this.slots)
                this.dispatch(s);
        });
    }
    remaining(run) {
        return run.requeued.length + (run.queue.length - run.head);
    }
    take(run) {
        const size = Math.max(1, this.opts.size);
        const n = Math.max(1, Math.min(64, Math.ceil(this.remaining(run) / (size * 4))));
        const out = run.requeued.splice(0, n);
        while (out.length < n && run.head < run.queue.length)
            out.push(run.queue[run.head++]);
        return out;
    }
    finish() {
        const run = this.current;
        if (!run || run.finished)
            return;
        run.finished = true;
        clearInterval(run.timer);
        this.close();
        run.resolve(run.result);
    }
    maybeDone() {
        const run = this.current;
        if (run && this.remaining(run) === 0 && [...this.slots].every((s) => !s.batches.length))
            this.finish();
    }
    /**
     * Keeps IN_FLIGHT batches with the worker: the next one waits in its port while it scans the current one, so
     * that it never idles while this thread receives an answer and sends more.
     */
    dispatch(slot) {
        const run = this.current;
        if (!run || run.finished || !slot.ready || slot.stopped)
            return;
        while (slot.batches.length < IN_FLIGHT) {
            if (this.remaining(run) === 0)
                return this.maybeDone();
            const batch = { id: run.nextId++, files: this.take(run) };
            if (!slot.batches.length) {
                slot.seen = '';
                slot.since = Date.now();
            }
            slot.batches.push(batch);
            slot.worker.postMessage(batch);
        }
    }
    /**
     * Stops a slot's batches: the file it is on gets `reason`; the others, and every file of the batches it had
     * not answered, go back to the queue.
     */
    abandon(slot, reason) {
        const batches = slot.batches;
        slot.batches = [];
        const run = this.current;
        if (!run)
            return;
        const on = Atomics.load(slot.progress, 0);
        const at = Atomics.load(slot.progress, 1);
        for (const batch of batches) {
            batch.files.forEach((f, i) => {
                if (batch.id === on && i === at)
                    run.result.skipped.push({ path: f.path, reason });
                else
                    run.requeued.push(f);
            });
        }
    }
    replace(slot) {
        this.slots.delete(slot);
        const run = this.current;
        if (run && !run.finished && this.remaining(run) > 0 && this.slots.size < this.opts.size)
            this.spawn();
        this.maybeDone();
    }
    spawn() {
        const progressBuffer = new SharedArrayBuffer(8);
        const progress = new Int32Array(progressBuffer);
        progress[0] = -1;
        progress[1] = -1;
        let worker;
        try {
            worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(this.opts.entry, {
                workerData: { ...this.opts.init, progress: progressBuffer },
                resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? 256 },
            });
        }
        catch {
            this.failedStarts++;
            if (!this.everReady && this.current)
                this.giveUp();
            return;
        }
        // a pool made ahead of its run does not keep the process alive
        if (!this.current)
            worker.unref();
        const slot = { worker, progress, ready: false, stopped: false, batches: [], seen: '', since: Date.now() };
        this.slots.add(slot);
        worker.on('message', (m) => {
            if ('ready' in m) {
                slot.ready = true;
                this.everReady = true;
                this.dispatch(slot);
                return;
            }
            const run = this.current;
            // answers come in order; one for a batch taken back (its worker stopped) is dropped
            const batch = slot.batches[0];
            if (!run || !batch || m.id !== batch.id)
                return;
            slot.batches.shift();
            // the next batch starts its budget now
            slot.seen = '';
            slot.since = Date.now();
            const result = run.result;
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
                const path = batch.files[d[j]].path;
                const last = result.deferred[result.deferred.length - 1];
                if (last?.path === path)
                    last.which.push(d[j + 1]);
                else
                    result.deferred.push({ path, which: [d[j + 1]] });
            }
            this.dispatch(slot);
        });
        const lost = (why) => {
            if (slot.stopped || this.closed || this.current?.finished)
                return;
            slot.stopped = true;
            if (!slot.ready && !this.everReady) {
                this.failedStarts++;
                this.slots.delete(slot);
                if (this.failedStarts >= Math.max(1, this.opts.size) && this.current)
                    this.giveUp();
                return;
            }
            if (!this.current) {
                // lost before its run: the run starts another
                this.slots.delete(slot);
                return;
            }
            this.abandon(slot, `the scan of this file stopped its worker thread (${why})`);
            this.replace(slot);
        };
        worker.on('error', (e) => lost(e.message));
        worker.on('exit', (code) => lost(`exit code ${code}`));
    }
    /** No worker could start: hand every file back to the caller. */
    giveUp() {
        const run = this.current;
        if (!run)
            return;
        for (const s of this.slots)
            this.abandon(s, 'worker thread failed');
        run.result.fallback.push(...run.requeued.splice(0), ...run.queue.slice(run.head));
        run.head = run.queue.length;
        this.finish();
    }
    watch() {
        const now = Date.now();
        for (const slot of [...this.slots]) {
            if (!slot.batches.length || slot.stopped)
                continue;
            const seen = `${Atomics.load(slot.progress, 0)}:${Atomics.load(slot.progress, 1)}`;
            if (seen !== slot.seen) {
                slot.seen = seen;
                slot.since = now;
            }
            else if (now - slot.since > this.opts.budgetMs) {
                slot.stopped = true;
                void slot.worker.terminate();
                this.abandon(slot, `over the time budget (${describeBudget(this.opts.budgetMs)} per file): its scan was stopped`);
                this.replace(slot);
            }
        }
    }
}
/** Scans files in worker threads started for them (see ScanPool). */
function scanInWorkers(files, opts) {
    if (!files.length)
        return Promise.resolve({ references: [], skipped: [], facts: [], deferred: [], fallback: [] });
    return new ScanPool({ ...opts, size: Math.max(1, Math.min(opts.size, files.length)) }).run(files);
}


/***/ })

};

//# sourceMappingURL=141.index.js.map
"""llama.cpp's own HTTP server (through xllamacpp's prebuilt wheel) on loopback, for the LLM tests.

    python tests/model_server.py MODEL.gguf [--ctx N] [--threads N]

Prints `listening <base URL>` on one line once the model is loaded, then serves the
OpenAI-compatible API (`/v1/chat/completions`, `/v1/models`, …) until its standard input closes
or it is terminated. The port is chosen by the server (a free one)."""

from __future__ import annotations

import argparse
import os
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--ctx", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    # OpenMP threads that spin while waiting make generation many times slower when the cores are
    # shared (CI runners, a busy laptop); passive waiting costs little on an idle machine.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = args.model
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # the server takes a free port and reports it in listening_address
    params.n_ctx = args.ctx
    params.n_parallel = 1  # the tests send one request at a time
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    # The test model's GGUF carries no chat template: without one the server would fall back to
    # ChatML, which Gemma does not know. llama.cpp's built-in "gemma" template is the model's own.
    params.use_jinja = False
    params.chat_template = "gemma"
    server = xllamacpp.Server(params)
    print(f"listening {server.listening_address}", flush=True)
    sys.stdin.read()  # serve until the test session closes our standard input
    del server


if __name__ == "__main__":
    main()

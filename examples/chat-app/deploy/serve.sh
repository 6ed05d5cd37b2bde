#!/bin/sh
# Serve the chat model with vLLM behind the API gateway.
set -eu
exec vllm serve meta-llama/Llama-3.1-8B-Instruct --revision 0e9e39f249a16976918f6564b8830bc894c89659 --port 8000

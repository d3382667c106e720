"""Articles → French briefings: backends (extractive, OpenAI-compatible, llama.cpp), prompts, the
faithfulness guard and the writer that ties them together."""

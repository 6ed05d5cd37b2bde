"""Voice input: speech to text for the chat box."""
from transformers import pipeline

transcriber = pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")


def transcribe(path: str) -> str:
    return transcriber(path)["text"]

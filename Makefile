# Build the project's German pipeline: convert data -> pretrain tok2vec -> train -> evaluate -> package.
#   make model DATA=../shared/data
DATA ?= ../shared/data
PYTHON ?= .venv/bin/python
CONFIG := training/configs/de_press_sm.cfg
BUILD := training/build
CORPUS := $(BUILD)/corpus
MODEL_OUT := pipeline/models/de_press_sm
# one thread per run: the machine is shared
THREADS := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
PRETRAIN_EPOCHS ?= 8
TRAIN_STEPS ?= 8000

.PHONY: model model-corpus model-pretrain model-train model-evaluate

model: model-evaluate

model-corpus:
	$(PYTHON) training/convert.py --data $(DATA) --out $(CORPUS)

model-pretrain: model-corpus
	rm -rf $(BUILD)/pretrain
	$(THREADS) $(PYTHON) -m spacy pretrain $(CONFIG) $(BUILD)/pretrain \
		--paths.raw_text $(CORPUS)/pretrain.jsonl --pretraining.max_epochs $(PRETRAIN_EPOCHS)

model-train: model-pretrain
	rm -rf $(BUILD)/train
	$(THREADS) $(PYTHON) -m spacy train $(CONFIG) --output $(BUILD)/train \
		--paths.train $(CORPUS)/train.spacy --paths.dev $(CORPUS)/tune.spacy \
		--paths.init_tok2vec $(BUILD)/pretrain/model-last.bin --training.max_steps $(TRAIN_STEPS)

model-evaluate: model-train
	$(THREADS) $(PYTHON) training/evaluate.py $(BUILD)/train/model-best --corpus $(CORPUS) \
		--json $(BUILD)/scores.json
	$(PYTHON) training/package_model.py $(BUILD)/train/model-best --scores $(BUILD)/scores.json \
		--out $(MODEL_OUT) --pretrained

# --- the two commands of the README -----------------------------------------------------
.PHONY: run test
run:
	scripts/setup.sh run
	.venv/bin/python -m pipeline run

test:
	scripts/setup.sh test
	.venv/bin/python -m pytest -q

# Build the project's German pipeline: convert data -> pretrain tok2vec -> train -> evaluate -> package.
#   make model DATA=../shared/data
# Intermediate files live in training/build/ (git-ignored); `make model-clean` removes them.
DATA ?= ../shared/data
PYTHON ?= .venv/bin/python
CONFIG := training/configs/de_press_sm.cfg
BUILD := training/build
CORPUS := $(BUILD)/corpus
MODEL_OUT := pipeline/models/de_press_sm
# registers the lemma-table loader used when the pipeline is initialised (training only)
TRAIN_CODE := training/lemma_lookups.py
# one thread per run: the machine is shared
THREADS := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
PRETRAIN_EPOCHS ?= 5
TRAIN_STEPS ?= 6000
CONVERT_FLAGS ?=

.PHONY: model model-clean
.DEFAULT_GOAL := run

model: $(BUILD)/scores.json
	$(PYTHON) training/package_model.py $(BUILD)/train/model-best --scores $(BUILD)/scores.json \
		--out $(MODEL_OUT) --pretrained

# spacy-lookups-data: German lemma table, needed to *build* the model only (the
# table is stored inside the packaged pipeline, so the run time does not need it)
$(BUILD)/.training-deps:
	scripts/setup.sh run
	$(PYTHON) -m pip install --quiet "spacy-lookups-data>=1.0.5,<1.1"
	mkdir -p $(BUILD) && touch $@

$(CORPUS)/train.spacy: training/convert.py $(BUILD)/.training-deps
	$(PYTHON) training/convert.py --data $(DATA) --out $(CORPUS) $(CONVERT_FLAGS)

$(BUILD)/pretrain/model-last.bin: $(CORPUS)/train.spacy $(CONFIG)
	rm -rf $(BUILD)/pretrain
	$(THREADS) $(PYTHON) -m spacy pretrain $(CONFIG) $(BUILD)/pretrain --code $(TRAIN_CODE) \
		--paths.raw_text $(CORPUS)/pretrain.jsonl --pretraining.max_epochs $(PRETRAIN_EPOCHS)

$(BUILD)/train/model-best: $(BUILD)/pretrain/model-last.bin $(TRAIN_CODE) training/lemma_overrides.tsv
	rm -rf $(BUILD)/train
	$(THREADS) $(PYTHON) -m spacy train $(CONFIG) --output $(BUILD)/train --code $(TRAIN_CODE) \
		--paths.train $(CORPUS)/train.spacy --paths.dev $(CORPUS)/tune.spacy \
		--paths.init_tok2vec $(BUILD)/pretrain/model-last.bin --training.max_steps $(TRAIN_STEPS)

$(BUILD)/scores.json: $(BUILD)/train/model-best training/evaluate.py
	$(THREADS) $(PYTHON) training/evaluate.py $(BUILD)/train/model-best --corpus $(CORPUS) --json $@

model-clean:
	rm -rf $(BUILD)/corpus $(BUILD)/pretrain $(BUILD)/train $(BUILD)/scores.json

# Regenerate the README's table of output columns from pipeline/schema.py.
.PHONY: docs
docs:
	.venv/bin/python -c "import re, pathlib; from pipeline.schema import markdown; p = pathlib.Path('README.md'); \
	p.write_text(re.sub(r'(?s)(<!-- schema:start -->\n).*?(\n<!-- schema:end -->)', lambda m: m[1] + markdown() + m[2], p.read_text()))"

# --- the two commands of the README -----------------------------------------------------
.PHONY: run test
run:
	scripts/setup.sh run
	.venv/bin/python -m pipeline run

test:
	scripts/setup.sh test
	.venv/bin/python -m pytest -q

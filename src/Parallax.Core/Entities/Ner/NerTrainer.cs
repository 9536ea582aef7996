namespace Parallax.Entities.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged structured perceptron: decode each training
/// sentence with the current weights (Viterbi, IOB2-constrained), and where the best path differs
/// from the gold one, add the gold path's features and subtract the predicted path's. Averaging
/// the weights over all steps stands in for regularization. After each epoch the averaged model
/// is scored on the development sentences and the best epoch is kept.
/// </summary>
public static class NerTrainer
{
    private const int T = NerTags.Count;

    public static NerModel Train(
        IReadOnlyList<LabeledSentence> train,
        IReadOnlyList<LabeledSentence> dev,
        NerTrainingOptions options,
        IEnumerable<IReadOnlyList<string>>? unlabeled = null,
        Action<string>? progress = null)
    {
        // Clusters see the training text too, so every training word gets one.
        var wordClusters = unlabeled is null ? WordClusters.Empty : ClusterBuilder.Build(train.Select(s => s.Tokens).Concat(unlabeled), options, progress);
        var gazetteer = Gazetteer.Build(train);
        var trainFeatures = ExtractJackknifed(train, options, wordClusters);
        var devExtractor = new FeatureExtractor(options.RowBits, gazetteer, wordClusters);
        var devFeatures = dev.Select(s => Extract(devExtractor, s.Tokens)).ToArray();

        var weights = new PerceptronWeights((1 << options.RowBits) * T, (T + 1) * T);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var buffers = new DecodeBuffers();
        (float[] Weights, float[] Transitions)? best = null;
        var bestF1 = -1.0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var mistakes = 0;
            foreach (var index in order)
            {
                var gold = train[index].Tags;
                var predicted = buffers.Decode(trainFeatures[index], weights.Current, weights.CurrentTransitions);
                if (!predicted.SequenceEqual(gold))
                {
                    mistakes++;
                    Update(weights, trainFeatures[index], gold, predicted);
                }

                weights.Tick();
            }

            var averaged = weights.Averaged();
            var f1 = Score(dev, devFeatures, averaged, buffers);
            progress?.Invoke($"epoch {epoch}: {mistakes} training sentences wrong, development F1 {f1:F4}");
            if (f1 > bestF1 || dev.Count == 0)
            {
                (bestF1, best) = (f1, averaged);
            }
        }

        var (finalWeights, finalTransitions) = best ?? weights.Averaged();
        return new NerModel(options.RowBits, finalWeights, finalTransitions, gazetteer, wordClusters);
    }

    /// <summary>Conlleval F1 of a model on labelled sentences whose features are already extracted.</summary>
    private static double Score(IReadOnlyList<LabeledSentence> sentences, FeatureSnapshot[] features, (float[] Weights, float[] Transitions) model, DecodeBuffers buffers)
    {
        var scorer = new ChunkScorer();
        for (var i = 0; i < sentences.Count; i++)
        {
            var predicted = buffers.Decode(features[i], model.Weights, model.Transitions);
            scorer.Add([.. sentences[i].Tags.Select(NerTags.Name)], [.. predicted.Select(NerTags.Name)]);
        }

        return scorer.Overall.F1;
    }

    private static void Update(PerceptronWeights weights, FeatureSnapshot features, IReadOnlyList<int> gold, int[] predicted)
    {
        for (var i = 0; i < gold.Count; i++)
        {
            var previousGold = i == 0 ? T : gold[i - 1];
            var previousPredicted = i == 0 ? T : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                foreach (var row in features.Of(i))
                {
                    weights.Add((row * T) + gold[i], 1);
                    weights.Add((row * T) + predicted[i], -1);
                }
            }

            if (gold[i] != predicted[i] || previousGold != previousPredicted)
            {
                weights.AddTransition((previousGold * T) + gold[i], 1);
                weights.AddTransition((previousPredicted * T) + predicted[i], -1);
            }
        }
    }

    /// <summary>
    /// Features of every training sentence, the gazetteer part of fold k coming from a gazetteer
    /// built without fold k (folds are contiguous blocks, close to whole documents).
    /// </summary>
    private static FeatureSnapshot[] ExtractJackknifed(IReadOnlyList<LabeledSentence> train, NerTrainingOptions options, WordClusters clusters)
    {
        var folds = Math.Max(1, options.GazetteerFolds);
        var features = new FeatureSnapshot[train.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var (from, to) = (train.Count * fold / folds, train.Count * (fold + 1) / folds);
            var others = folds == 1 ? train : train.Where((_, i) => i < from || i >= to);
            var extractor = new FeatureExtractor(options.RowBits, Gazetteer.Build(others), clusters);
            for (var i = from; i < to; i++)
            {
                features[i] = Extract(extractor, train[i].Tokens);
            }
        }

        return features;
    }

    private static FeatureSnapshot Extract(FeatureExtractor extractor, IReadOnlyList<string> tokens)
    {
        var buffer = new SentenceFeatures();
        extractor.Extract(tokens, buffer);
        var (rows, offsets) = buffer.Snapshot();
        return new FeatureSnapshot(rows, offsets);
    }

    private sealed record FeatureSnapshot(int[] Rows, int[] Offsets)
    {
        public int TokenCount => Offsets.Length - 1;

        public ReadOnlySpan<int> Of(int token) => Rows.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
    }

    private sealed class DecodeBuffers
    {
        private float[] _emissions = new float[256 * T];

        public int[] Decode(FeatureSnapshot features, float[] weights, float[] transitions)
        {
            var n = features.TokenCount;
            if (_emissions.Length < n * T)
            {
                _emissions = new float[n * T * 2];
            }

            var emissions = _emissions.AsSpan(0, n * T);
            ViterbiDecoder.Score(features.Rows, features.Offsets, n, weights, emissions);

            var tags = new int[n];
            ViterbiDecoder.Decode(emissions, ViterbiDecoder.Constrain(transitions), tags);
            return tags;
        }
    }
}

using Parallax.Cli.Datasets;
using Parallax.Entities.Ner;

namespace Parallax.Cli.Tests.Evaluation;

public sealed class NerTrainingOnSharedDataTests
{
    private const string Conll = "datasets/conll2003";

    [SharedDataFact(Conll)]
    public void Train_SliceOfEngTrain_BeatsAMemorizingBaselineOnASliceOfTesta()
    {
        var train = ConllFile.Read(SharedData.Path($"{Conll}/eng.train")).Sentences.Take(3000).Select(s => s.ToLabeled()).ToList();
        var dev = ConllFile.Read(SharedData.Path($"{Conll}/eng.testa")).Sentences.Take(600).Select(s => s.ToLabeled()).ToList();

        var model = NerTrainer.Train(train, [], new NerTrainingOptions { Epochs = 3, RowBits = 18 });
        var tagger = new NamedEntityTagger(model);
        var trained = Score(dev, tagger.Tag);
        var baseline = Score(dev, MemorizingBaseline(train));

        // The baseline tags each word with its most frequent training tag: it knows every name it
        // saw and nothing else. A feature-based model has to generalize well beyond it.
        Assert.True(trained > baseline + 0.15, $"trained F1 {trained:F3} vs baseline {baseline:F3}");
        Assert.True(trained > 0.6, $"trained F1 {trained:F3}");
    }

    private static Func<IReadOnlyList<string>, int[]> MemorizingBaseline(List<LabeledSentence> train)
    {
        var mostFrequent = train
            .SelectMany(s => s.Tokens.Zip(s.Tags))
            .GroupBy(p => p.First, p => p.Second)
            .ToDictionary(g => g.Key, g => g.GroupBy(t => t).MaxBy(t => t.Count())!.Key);
        return tokens =>
        {
            var tags = tokens.Select(t => mostFrequent.GetValueOrDefault(t)).ToArray();
            for (var i = 0; i < tags.Length; i++)
            {
                // Keep the baseline's output well-formed IOB2, as the model's always is.
                if (!NerTags.CanFollow(i == 0 ? -1 : tags[i - 1], tags[i]))
                {
                    tags[i] = NerTags.Begin(NerTags.TypeOf(tags[i]));
                }
            }

            return tags;
        };
    }

    private static double Score(List<LabeledSentence> sentences, Func<IReadOnlyList<string>, int[]> tag)
    {
        var scorer = new ChunkScorer();
        foreach (var sentence in sentences)
        {
            scorer.Add([.. sentence.Tags.Select(NerTags.Name)], [.. tag(sentence.Tokens).Select(NerTags.Name)]);
        }

        return scorer.Overall.F1;
    }
}

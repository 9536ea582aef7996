using Parallax.Entities.Ner;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class ChunkScorerTests
{
    [Fact]
    public void Add_IdenticalIob2Tags_ScoresPerfectly()
    {
        var scorer = new ChunkScorer();
        string[] tags = ["B-PER", "I-PER", "O", "B-LOC"];

        scorer.Add(tags, tags);

        Assert.Equal(2, scorer.Overall.Correct);
        Assert.Equal(1.0, scorer.Overall.F1);
        Assert.Equal(1.0, scorer.Accuracy);
    }

    [Fact]
    public void Add_WrongBoundary_CountsNoMatchForThatEntity()
    {
        var scorer = new ChunkScorer();

        // Gold "John Smith" is one PER; predicted only "John": exact match fails, LOC still matches.
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);

        Assert.Equal((2, 2, 1), (scorer.Overall.Gold, scorer.Overall.Predicted, scorer.Overall.Correct));
        Assert.Equal(0.5, scorer.Overall.Precision);
        Assert.Equal(0.5, scorer.Overall.Recall);
    }

    [Fact]
    public void Add_WrongType_CountsAgainstBothTypes()
    {
        var scorer = new ChunkScorer();

        scorer.Add(["B-ORG", "I-ORG"], ["B-LOC", "I-LOC"]);

        var byType = scorer.ByType.ToDictionary(p => p.Type, p => p.Counts);
        Assert.Equal((1, 0, 0), (byType["ORG"].Gold, byType["ORG"].Predicted, byType["ORG"].Correct));
        Assert.Equal((0, 1, 0), (byType["LOC"].Gold, byType["LOC"].Predicted, byType["LOC"].Correct));
        Assert.Equal(0, scorer.Overall.F1);
    }

    [Fact]
    public void Chunks_Iob1_ReadsIAfterOAsAChunkStartAndBAsASplit()
    {
        // IOB1: I- starts a chunk after O; B- only separates two adjacent chunks of one type.
        var chunks = ChunkScorer.Chunks(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]);

        Assert.Equal([(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC")], chunks.OrderBy(c => c.Start));
    }

    [Fact]
    public void Add_Iob1GoldAgainstIob2Prediction_MatchesTheSameEntities()
    {
        var scorer = new ChunkScorer();

        scorer.Add(["I-ORG", "I-ORG", "O", "I-PER"], ["B-ORG", "I-ORG", "O", "B-PER"]);

        Assert.Equal(1.0, scorer.Overall.F1);
        Assert.Equal(0.5, scorer.Accuracy);
    }

    [Fact]
    public void Chunks_TypeChangeInsideIRun_StartsANewChunk()
    {
        var chunks = ChunkScorer.Chunks(["B-ORG", "I-LOC", "I-LOC"]);

        Assert.Equal([(0, 1, "ORG"), (1, 3, "LOC")], chunks.OrderBy(c => c.Start));
    }

    [Fact]
    public void Overall_SeveralSentences_IsMicroAveraged()
    {
        var scorer = new ChunkScorer();

        scorer.Add(["B-PER", "O", "B-LOC"], ["B-PER", "O", "O"]);
        scorer.Add(["B-MISC"], ["B-MISC"]);
        scorer.Add(["O", "O"], ["B-ORG", "O"]);

        // Gold 3, predicted 3, correct 2, whatever the split per sentence.
        Assert.Equal(2.0 / 3, scorer.Overall.Precision, 10);
        Assert.Equal(2.0 / 3, scorer.Overall.Recall, 10);
        Assert.Equal(2.0 / 3, scorer.Overall.F1, 10);
    }

    [Fact]
    public void Add_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ChunkScorer().Add(["O"], ["O", "O"]));
    }
}

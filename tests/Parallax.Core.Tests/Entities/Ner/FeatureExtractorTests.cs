using Parallax.Entities.Ner;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class FeatureExtractorTests
{
    private const int RowBits = 20;

    [Theory]
    [InlineData("Baghdad", "Xx", "Xxxxxxx")]
    [InlineData("al-Kadhimi", "x-Xx", "xx-Xxxxxxx")]
    [InlineData("1996-08-22", "d-d-d", "dddd-dd-dd")]
    [InlineData("U.S.", "X.X.", "X.X.")]
    public void WordShape_Word_CollapsesCharacterClasses(string word, string expectedShort, string expectedLong)
    {
        Assert.Equal(expectedShort, WordShape.Short(word));
        Assert.Equal(expectedLong, WordShape.Long(word));
    }

    [Fact]
    public void Extract_SameWordInSameContext_GivesSameRows()
    {
        var first = Rows(["He", "met", "Smith", "today"], 2);
        var second = Rows(["She", "met", "Smith", "today"], 2);

        // Only the ±2 window reaches "He"/"She": everything else agrees.
        Assert.True(first.Intersect(second).Count() >= first.Length - 2);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Extract_CaseOfTheWord_ChangesItsRows()
    {
        var capitalized = Rows(["we", "saw", "Bush", "."], 2);
        var lower = Rows(["we", "saw", "bush", "."], 2);

        Assert.NotEqual(capitalized, lower);
    }

    [Fact]
    public void Extract_EveryToken_StaysUnderTheCapAndInsideTheTable()
    {
        var extractor = new FeatureExtractor(RowBits, Gazetteer.Empty, WordClusters.Empty);
        var features = new SentenceFeatures();
        string[] tokens = ["EU", "rejects", "German", "call", "to", "boycott", "British", "lamb", "."];

        extractor.Extract(tokens, features);

        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.InRange(features.Of(i).Length, 10, FeatureExtractor.MaxPerToken);
            Assert.All(features.Of(i).ToArray(), row => Assert.InRange(row, 0, (1 << RowBits) - 1));
        }
    }

    [Fact]
    public void Gazetteer_ListedName_MarksEachTokenWithTypeAndPosition()
    {
        var gazetteer = Gazetteer.Build([new LabeledSentence(["New", "York", "Times"], [3, 4, 4])]);
        string[] tokens = ["the", "NEW", "YORK", "Times", "said"];
        var lower = tokens.Select(t => FeatureHash.OfLower(t)).ToArray();
        var marks = new ushort[tokens.Length];

        gazetteer.Match(tokens, lower, marks);

        // ORG is type 1: bits 4 (first), 5 (inside), 6 (last). Matching ignores case but needs a capital.
        Assert.Equal([0, 1 << 4, 1 << 5, 1 << 6, 0], marks.Select(m => (int)m));
    }

    [Fact]
    public void Gazetteer_AllLowerCaseText_IsNotMatched()
    {
        var gazetteer = Gazetteer.Build([new LabeledSentence(["May"], [1])]);
        string[] tokens = ["it", "may", "rain"];
        var marks = new ushort[3];

        gazetteer.Match(tokens, tokens.Select(t => FeatureHash.OfLower(t)).ToArray(), marks);

        Assert.All(marks, m => Assert.Equal(0, m));
    }

    private static int[] Rows(string[] tokens, int token)
    {
        var extractor = new FeatureExtractor(RowBits, Gazetteer.Empty, WordClusters.Empty);
        var features = new SentenceFeatures();
        extractor.Extract(tokens, features);
        return features.Of(token).ToArray();
    }
}

using Parallax.Clustering;
using Parallax.Entities;

namespace Parallax.Core.Tests.Clustering;

public class TopicVectorsTests
{
    private const string ThreeSentences =
        "A strong earthquake struck the coast at dawn. Rescuers searched collapsed apartments overnight. Officials in Marbrook promised reconstruction funds.";

    private static List<(string Term, double Weight)> Terms(params string[] words) => [.. words.Select(w => (w, 1.0))];

    [Fact]
    public void LeadTerms_LongerArticle_KeepsOnlyTheFirstSentencesWords()
    {
        var article = TestArticles.Analyze("a1", "Quake hits coast", ThreeSentences);

        var terms = TopicVectors.LeadTerms(article, sentences: 1, titleWeight: 3, entityWeight: 3).Select(t => t.Term).ToList();

        Assert.Contains("earthquake", terms);
        Assert.DoesNotContain("rescuer", terms);
        Assert.DoesNotContain("reconstruction", terms);
    }

    [Fact]
    public void LeadTerms_TitleAndLaterName_CountWithTheirWeights()
    {
        var article = TestArticles.Analyze("a1", "Quake hits coast", ThreeSentences);
        article.AddEntity("Marbrook", EntityType.Location);

        var terms = TopicVectors.LeadTerms(article, sentences: 1, titleWeight: 3, entityWeight: 2);

        Assert.Contains(("quake", 3.0), terms);
        Assert.Contains((ContentWords.EntityTerm("Marbrook"), 2.0), terms);
    }

    [Fact]
    public void LeadTerms_ZeroSentences_KeepsTitleOnly()
    {
        var article = TestArticles.Analyze("a1", "Quake hits coast", ThreeSentences);

        var terms = TopicVectors.LeadTerms(article, sentences: 0, titleWeight: 1, entityWeight: 1).Select(t => t.Term).Order().ToList();

        Assert.Equal(["coast", "hit", "quake"], terms);
    }

    [Fact]
    public void Of_SharedLeadButNoSharedBody_CosineIsTheLeadShare()
    {
        // Whole articles share nothing, leads are identical: the cosine is the lead share alone.
        var whole = new List<List<(string, double)>> { Terms("rubble", "coast"), Terms("ballot", "senate"), Terms("harvest") };
        var lead = new List<List<(string, double)>> { Terms("quake", "strike"), Terms("quake", "strike"), Terms("harvest") };

        var vectors = TopicVectors.Of(whole, lead, leadShare: 0.3);

        Assert.Equal(0.3, TermVector.Cosine(vectors[0], vectors[1]), 9);
    }

    [Fact]
    public void Of_AnyShare_VectorsHaveUnitLength()
    {
        var whole = new List<List<(string, double)>> { Terms("rubble", "coast", "coast"), Terms("ballot") };
        var lead = new List<List<(string, double)>> { Terms("quake"), Terms("vote", "count") };

        var vectors = TopicVectors.Of(whole, lead, leadShare: 0.5);

        Assert.All(vectors, v => Assert.Equal(1.0, v.Norm(), 9));
    }

    [Fact]
    public void Of_ZeroLeadShare_IgnoresTheLead()
    {
        var whole = new List<List<(string, double)>> { Terms("rubble"), Terms("ballot") };
        var lead = new List<List<(string, double)>> { Terms("quake"), Terms("quake") };

        var vectors = TopicVectors.Of(whole, lead, leadShare: 0);

        Assert.Equal(0.0, TermVector.Cosine(vectors[0], vectors[1]), 9);
    }
}

using Parallax.Articles;
using Parallax.Entities;
using Parallax.Pipeline;
using Parallax.Segmentation;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class TrainedMentionsTests
{
    private static readonly AnalysisPipeline RulesOnly = new AnalysisPipelineBuilder().UseSegmentation().UseEntities(null).Build();
    private static readonly AnalysisPipeline WithModel = new AnalysisPipelineBuilder().UseSegmentation().UseEntities().Build();

    [Theory]
    [InlineData("He flew to Moscow on Tuesday to meet Yeltsin.", "Yeltsin", EntityType.Person)]
    [InlineData("Shares of Microsoft rose after the report.", "Microsoft", EntityType.Organization)]
    [InlineData("The striker joined Juventus from Ajax last summer.", "Juventus", EntityType.Organization)]
    public void UseEntities_NameNoRuleCanType_TakesTheTrainedModelsType(string text, string name, EntityType expected)
    {
        Assert.Equal(EntityType.Misc, Single(RulesOnly, text, name).Type);
        Assert.Equal(expected, Single(WithModel, text, name).Type);
    }

    [Fact]
    public void UseEntities_WithModel_KeepsTheRulesSpansAndRoles()
    {
        const string text = "Defence Minister Layla al-Khadhimi said the harbour talks would resume.";

        var rules = RulesOnly.Analyze(Article(text)).Entities;
        var model = WithModel.Analyze(Article(text)).Entities;

        Assert.Equal(rules.Select(m => (m.Span, m.Role)), model.Select(m => (m.Span, m.Role)));
    }

    private static EntityMention Single(AnalysisPipeline pipeline, string text, string name) =>
        Assert.Single(pipeline.Analyze(Article(text)).Entities, m => m.Text == name);

    private static Article Article(string text) => new() { Id = "a1", Title = "Test", Language = "en", Text = text };
}

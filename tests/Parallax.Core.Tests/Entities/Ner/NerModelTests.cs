using Parallax.Entities.Ner;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class NerModelTests
{
    [Fact]
    public void Train_SmallPatternedData_LearnsToTagUnseenNames()
    {
        var model = NerTrainerFixture.Train();
        var tagger = new NamedEntityTagger(model);

        var tags = tagger.Tag(["Yesterday", "Mr", "Okonkwo", "visited", "Lisbon", "."]);

        Assert.Equal(["O", "O", "B-PER", "O", "B-LOC", "O"], tags.Select(NerTags.Name));
    }

    [Fact]
    public void SaveThenLoad_TagsExactlyAsTheOriginal()
    {
        var model = NerTrainerFixture.Train();
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);

        foreach (var sentence in NerTrainerFixture.Sentences())
        {
            Assert.Equal(new NamedEntityTagger(model).Tag(sentence.Tokens), new NamedEntityTagger(loaded).Tag(sentence.Tokens));
        }

        Assert.Equal(model.Gazetteer.Count, loaded.Gazetteer.Count);
        Assert.Equal(model.Weights, loaded.Weights);
        Assert.Equal(model.WeightScale, loaded.WeightScale);
        Assert.Contains(model.Weights, w => w != 0);
    }

    [Fact]
    public void Load_TruncatedModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream();
        NerTrainerFixture.Train().Save(stream);
        var truncated = new MemoryStream(stream.ToArray()[..(int)(stream.Length / 2)]);

        Assert.ThrowsAny<InvalidDataException>(() => NerModel.Load(truncated));
    }

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData()
    {
        Assert.ThrowsAny<InvalidDataException>(() => NerModel.Load(new MemoryStream([1, 2, 3, 4])));
    }

    [Fact]
    public void ShippedModel_Loads_AndTagsANewsSentence()
    {
        var tagger = new NamedEntityTagger(ShippedNerModel.Load());

        var tags = tagger.Tag(["Prime", "Minister", "Mustafa", "al-Kadhimi", "met", "President", "Joe", "Biden", "in", "Washington", "."]);

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], tags.Select(NerTags.Name));
    }
}

/// <summary>A small invented corpus where names follow "Mr" and places follow "in"/"visited".</summary>
internal static class NerTrainerFixture
{
    private static readonly string[] People = ["Adeyemi", "Brandt", "Castillo", "Dubois", "Eriksen", "Fujita", "Gomez", "Haddad"];
    private static readonly string[] Places = ["Oslo", "Quito", "Dakar", "Perth", "Hanoi", "Lima", "Kiev", "Riga"];

    public static IReadOnlyList<LabeledSentence> Sentences() =>
    [
        .. People.Zip(Places, (person, place) => new LabeledSentence(["Yesterday", "Mr", person, "visited", place, "."], [0, 0, 1, 0, 5, 0])),
        .. People.Zip(Places.Reverse(), (person, place) => new LabeledSentence(["Mr", person, "stayed", "in", place, "."], [0, 1, 0, 0, 5, 0])),
    ];

    public static NerModel Train() =>
        NerTrainer.Train(Sentences(), [], new NerTrainingOptions { Epochs = 5, RowBits = 16, GazetteerFolds = 2 });
}

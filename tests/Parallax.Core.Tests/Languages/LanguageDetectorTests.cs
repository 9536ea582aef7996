using Parallax.Languages;

namespace Parallax.Core.Tests.Languages;

public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new();

    [Theory]
    [InlineData("en", "The city council voted on Tuesday to build a new bridge over the river, but residents of the district said that they were not convinced by the plan.")]
    [InlineData("fr", "Le conseil municipal a voté mardi soir pour la construction d'un nouveau pont sur la rivière, mais les habitants du quartier ne sont pas convaincus par le projet.")]
    [InlineData("de", "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke über den Fluss gebaut wird, aber die Anwohner sind mit dem Plan nicht zufrieden.")]
    [InlineData("es", "El consejo de la ciudad aprobó el martes la construcción de un nuevo puente sobre el río, pero los vecinos del barrio no están convencidos con el proyecto.")]
    [InlineData("it", "Il consiglio comunale ha approvato martedì la costruzione di un nuovo ponte sul fiume, ma gli abitanti del quartiere non sono convinti del progetto.")]
    [InlineData("pt", "A câmara municipal aprovou na terça-feira a construção de uma nova ponte sobre o rio, mas os moradores do bairro não estão convencidos com o projeto.")]
    [InlineData("nl", "De gemeenteraad heeft dinsdag besloten dat er een nieuwe brug over de rivier wordt gebouwd, maar de bewoners van de wijk zijn niet overtuigd van het plan.")]
    [InlineData("ru", "Городской совет во вторник одобрил строительство нового моста через реку, но жители района не убеждены в этом проекте.")]
    [InlineData("ar", "وافق مجلس المدينة يوم الثلاثاء على بناء جسر جديد فوق النهر، لكن سكان الحي غير مقتنعين بالمشروع.")]
    [InlineData("zh", "市议会周二批准在河上修建一座新桥，但该地区的居民对这个项目并不信服。")]
    public void Detect_SentenceInLanguage_ReturnsItsCode(string expected, string text)
    {
        Assert.Equal(expected, Detector.Detect(text));
    }

    [Fact]
    public void Detect_EnglishWithForeignNames_StaysEnglish()
    {
        const string text = "Minister Jean-Luc Deschamps met Señora Rodríguez in Den Haag, and the two said they had agreed on a plan for the port.";

        Assert.Equal("en", Detector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2021 45 7,300")]
    [InlineData("Valdren Observatory")]
    public void Detect_NoEvidence_ReturnsUndetermined(string text)
    {
        Assert.Equal(LanguageDetector.Undetermined, Detector.Detect(text));
    }
}

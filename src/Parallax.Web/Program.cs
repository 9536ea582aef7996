using Parallax.Web;

// The composition lives in ParallaxWebApp so that 'parallax serve' and the tests build the very
// same application as this entry point.
var app = ParallaxWebApp.Build(args);
app.Run();

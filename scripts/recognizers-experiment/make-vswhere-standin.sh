#!/bin/sh
# Builds an EMPTY stand-in for the NuGet package `vswhere` 2.8.4 into ./local-feed/.
# Microsoft.Recognizers.Text 1.8.13 declares a dependency on vswhere (a Visual Studio locator
# that it never uses at run time), and the registry used here does not serve it; a package with
# the same id and version and no content lets restore succeed. Only the recognizer experiment
# (see docs/benchmarks.md, "Microsoft.Recognizers.Text") uses it; the feed is generated, not committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/local-feed"
cat > "$work/vswhere.nuspec" <<'NUSPEC'
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>vswhere</id>
    <version>2.8.4</version>
    <authors>parallax-standin</authors>
    <description>Empty stand-in so that Microsoft.Recognizers.Text restores without the real vswhere.</description>
  </metadata>
</package>
NUSPEC
cat > "$work/[Content_Types].xml" <<'TYPES'
<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="nuspec" ContentType="application/octet" />
</Types>
TYPES
rm -f "$here/local-feed/vswhere.2.8.4.nupkg"
(cd "$work" && python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); [z.write(f) for f in ('vswhere.nuspec','[Content_Types].xml')]; z.close()" "$here/local-feed/vswhere.2.8.4.nupkg")
echo "wrote $here/local-feed/vswhere.2.8.4.nupkg"

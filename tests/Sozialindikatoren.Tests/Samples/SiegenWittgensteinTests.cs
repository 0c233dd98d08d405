using System.Globalization;
using System.Text;
using NodaTime;
using Sozialindikatoren.Common;
using Sozialindikatoren.Data.Json;
using Sozialindikatoren.Funding;
using Sozialindikatoren.Offerings;
using Sozialindikatoren.Planning;
using Sozialindikatoren.Spaces;
using Sozialindikatoren.Statistics;
using Sample = global::Sozialindikatoren.Samples.SiegenWittgenstein;

namespace Sozialindikatoren.Tests.Samples;

public class SiegenWittgensteinTests
{
    private static readonly LocalDate AsOf = new(2025, 1, 1);

    // Sourced 31.12.2024 totals (Zensus-2022 basis), domain.md §1.3; Bad Berleburg/Erndtebrück illustrative split.
    private static readonly Dictionary<string, (string Name, long Total, bool Sourced)> Municipalities = new()
    {
        ["05970004"] = ("Bad Berleburg", 18_452, false),
        ["05970008"] = ("Burbach", 14_553, true),
        ["05970012"] = ("Erndtebrück", 6_740, false),
        ["05970016"] = ("Freudenberg", 17_355, true),
        ["05970020"] = ("Hilchenbach", 14_412, true),
        ["05970024"] = ("Kreuztal", 30_905, true),
        ["05970028"] = ("Bad Laasphe", 13_148, true),
        ["05970032"] = ("Netphen", 23_080, true),
        ["05970036"] = ("Neunkirchen", 12_705, true),
        ["05970040"] = ("Siegen", 102_685, true),
        ["05970044"] = ("Wilnsdorf", 20_039, true),
    };

    private static readonly string[] IllustrativeIndicators =
    [
        "sgb2_quote", "kinderarmut", "arbeitslosenanteil", "langzeitarbeitslosenanteil", "mindestsicherungsquote",
        "altersarmut", "anteil_80plus", "anteil_unter18", "auslaenderanteil", "pflegequote", "hze_eckwert",
        "ueberschuldungsquote",
    ];

    private static PlanningData Data => Sample.Load();

    [Fact]
    public void EmbeddedFile_ParsesAndValidates()
    {
        var data = Sample.Parse();
        Assert.Equal(Sample.Name, data.Name);
        Assert.True(data.HasIllustrativeFigures);
        Assert.Same(Sample.Load(), Sample.Load());
    }

    [Fact]
    public void Municipalities_HaveRealAgsNamesAndSourcedTotals()
    {
        var municipalities = Data.Region.AtLevel(SpaceLevel.Municipality);
        Assert.Equal(11, municipalities.Count);
        Assert.Equal(Municipalities.Keys.Order(StringComparer.Ordinal), municipalities.Select(m => m.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(Municipalities.Keys.Order(StringComparer.Ordinal), Sample.MunicipalityIds);
        foreach (var m in municipalities)
        {
            var expected = Municipalities[m.Id.Value];
            Assert.Equal(m.Id.Value, m.Key?.Value);
            Assert.Equal(expected.Name, m.Name);
            Assert.NotNull(m.Population);
            Assert.Equal(expected.Total, m.Population!.Total);
            Assert.Equal(new LocalDate(2024, 12, 31), m.Population.ReferenceDate);
            Assert.Equal(13, m.Population.Bands.Count);
            Assert.Equal(ProvenanceKind.Illustrative, m.Population.Provenance!.Kind);
            if (expected.Sourced)
                Assert.Contains("Gesamtzahl: IT.NRW 31.12.2024 (Zensus-2022-Basis)", m.Population.Provenance.Source, StringComparison.Ordinal);
            else
                Assert.Contains("Gesamtzahl illustrativ", m.Population.Provenance.Source, StringComparison.Ordinal);
            Assert.Contains("Altersgliederung illustrativ", m.Population.Provenance.Source, StringComparison.Ordinal);
            Assert.NotNull(m.AreaKm2);
            Assert.NotNull(m.Centroid);
            Assert.NotNull(m.Boundary);
            Assert.Equal(ProvenanceKind.Sourced, m.Provenance!.Kind);
        }
        Assert.Equal(25_192, Municipalities["05970004"].Total + Municipalities["05970012"].Total);
        Assert.Equal(1132.89, municipalities.Sum(m => m.AreaKm2!.Value), 2);
    }

    [Fact]
    public void County_HasSourcedTotal274074_AndPlanningRegions()
    {
        var region = Data.Region;
        var county = region[new SpaceId(Sample.CountyId)];
        Assert.Equal(SpaceLevel.County, county.Level);
        Assert.Equal("05970000", county.Key?.Value);
        Assert.Equal(1132.89, county.AreaKm2);
        Assert.Equal(Sample.CountyPopulation2024, county.Population!.Total);
        Assert.Equal(ProvenanceKind.Sourced, county.Population.Provenance!.Kind);
        Assert.Equal(Sample.PopulationSource, county.Population.Provenance.Source);
        Assert.Equal(new LocalDate(2024, 12, 31), county.Population.Provenance.Date);
        Assert.Equal(274_074L, region.AggregatePopulationTotal(county.Id));

        var siegerland = region.ChildrenOf(new SpaceId(Sample.SiegerlandId)).Select(s => s.Name).Order(StringComparer.Ordinal);
        var wittgenstein = region.ChildrenOf(new SpaceId(Sample.WittgensteinId)).Select(s => s.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["Burbach", "Freudenberg", "Hilchenbach", "Kreuztal", "Netphen", "Neunkirchen", "Siegen", "Wilnsdorf"], siegerland);
        Assert.Equal(["Bad Berleburg", "Bad Laasphe", "Erndtebrück"], wittgenstein);
        Assert.Null(region[new SpaceId(Sample.SiegerlandId)].Population);
        Assert.Null(region[new SpaceId(Sample.WittgensteinId)].Population);
    }

    [Fact]
    public void AgeStructure_MatchesTheAnchoredCountyShares()
    {
        var region = Data.Region;
        var county = new SpaceId(Sample.CountyId);
        double total = region.AggregatePopulationTotal(county)!.Value;
        var share80 = region.AggregatePopulation(county, AgeBand.FromAge(80))!.Value / total;
        var shareU18 = region.AggregatePopulation(county, AgeBand.Under(18))!.Value / total;
        Assert.InRange(share80, 0.065, 0.075);
        Assert.InRange(shareU18, 0.16, 0.18);
        // Wittgenstein is older, Siegen has more 18–30-year-olds (university).
        double Share(string id, AgeBand band) => (double)region[new SpaceId(id)].Population!.Count(band) / region[new SpaceId(id)].Population!.Total;
        Assert.True(Share("05970004", AgeBand.FromAge(80)) > share80);
        Assert.True(Share("05970028", AgeBand.FromAge(80)) > share80);
        Assert.True(Share("05970040", new AgeBand(18, 30)) > Share("05970044", new AgeBand(18, 30)));
    }

    [Fact]
    public void Offerings_CoverAllTwelveDomains()
    {
        Assert.True(Data.Offerings.Count >= 100, $"{Data.Offerings.Count} offerings");
        foreach (var domain in ServiceDomain.All)
            Assert.Contains(Data.Offerings, o => o.Domain == domain);
        Assert.All(Data.Offerings, o => Assert.True(o.Domain.IsStandard, o.Id));
        Assert.InRange(Data.Providers.Count, 20, 30);
        Assert.All(Data.Providers, p => Assert.Contains(Data.Offerings, o => o.ProviderId == p.Id));
        Assert.Contains(Data.Providers, p => p.Association == ProviderAssociation.PublicBody);
        Assert.Contains(Data.Providers, p => p.Association == ProviderAssociation.Private);
    }

    [Fact]
    public void EveryFigure_CarriesProvenance()
    {
        var data = Data;
        Assert.All(data.Region.Spaces, s => Assert.NotNull(s.Provenance));
        Assert.All(data.Region.Spaces.Where(s => s.Population is not null), s => Assert.NotNull(s.Population!.Provenance));
        Assert.All(data.Providers, p => Assert.NotNull(p.Provenance));
        Assert.All(data.Offerings, o =>
        {
            Assert.Equal(ProvenanceKind.Illustrative, o.Provenance?.Kind);
            Assert.NotEmpty(o.Funding.Lines);
            Assert.All(o.Funding.Lines, l => Assert.Equal(ProvenanceKind.Illustrative, l.Provenance?.Kind));
        });
        Assert.All(data.Indicators, r => Assert.NotNull(r.Provenance));
        Assert.All(data.ConferenceStatements, c => Assert.Equal(ProvenanceKind.Illustrative, c.Provenance?.Kind));
        Assert.All(data.ProviderStatements, p => Assert.Equal(ProvenanceKind.Illustrative, p.Provenance?.Kind));
        var sourced = data.Region.Spaces.Select(s => s.Provenance!).Concat(data.Indicators.Select(r => r.Provenance!))
            .Where(p => p.Kind == ProvenanceKind.Sourced).ToArray();
        Assert.NotEmpty(sourced);
        Assert.All(sourced, p => { Assert.False(string.IsNullOrWhiteSpace(p.Source)); Assert.NotNull(p.Date); });
    }

    [Fact]
    public void Indicators_EveryIdForElevenMunicipalitiesAndSixYears()
    {
        var records = Data.Indicators;
        foreach (var id in IllustrativeIndicators)
        {
            foreach (var ags in Municipalities.Keys)
            {
                foreach (var year in new[] { 2019, 2020, 2021, 2022, 2023, 2024 })
                {
                    var r = Assert.Single(records, r => r.IndicatorId == id && r.Space.Value == ags && r.Date == new LocalDate(year, 12, 31));
                    Assert.Equal(ProvenanceKind.Illustrative, r.Provenance!.Kind);
                    Assert.NotNull(r.Denominator);
                    Assert.True(r.Denominator!.Value.HasValue && r.Denominator.Value.Value > 0);
                    if (r.Numerator.HasValue) Assert.True(r.Numerator.Value <= r.Denominator.Value.Value, $"{id} {ags} {year}");
                }
            }
        }
    }

    [Fact]
    public void Indicators_CountyValuesMatchTheSourcedAnchors()
    {
        (double Num, double Den) Sum(string id, int year)
        {
            var rs = Data.Indicators.Where(r => r.IndicatorId == id && r.Date == new LocalDate(year, 12, 31)).ToArray();
            return (rs.Sum(r => r.Numerator.HasValue ? r.Numerator.Value : 0), rs.Sum(r => r.Denominator!.Value.Value));
        }
        var ms = Sum("mindestsicherungsquote", 2024);
        Assert.InRange(ms.Num / ms.Den, 0.084, 0.086);            // 8.5 % (IT.NRW 31.12.2024)
        Assert.Equal(274_074, ms.Den);
        var p80 = Sum("anteil_80plus", 2024);
        Assert.InRange(p80.Num / p80.Den, 0.068, 0.072);
        var ka = Sum("kinderarmut", 2024);
        Assert.InRange(ka.Num / ka.Den, 0.12, 0.14);
        // Siegen highest in poverty; Wilnsdorf lowest Mindestsicherung.
        double Rate(string id, string ags) => Data.Indicators.Single(r => r.IndicatorId == id && r.Space.Value == ags && r.Date == new LocalDate(2024, 12, 31)) is var r
            ? r.Numerator.Value / r.Denominator!.Value.Value : double.NaN;
        foreach (var ags in Municipalities.Keys.Where(a => a != "05970040"))
        {
            Assert.True(Rate("mindestsicherungsquote", ags) < Rate("mindestsicherungsquote", "05970040"), ags);
            Assert.True(Rate("sgb2_quote", ags) < Rate("sgb2_quote", "05970040"), ags);
            Assert.True(Rate("kinderarmut", ags) < Rate("kinderarmut", "05970040"), ags);
        }
        Assert.Equal("05970044", Municipalities.Keys.MinBy(a => Rate("mindestsicherungsquote", a)));
    }

    [Fact]
    public void Indicators_IncludeNonExactStatuses()
    {
        var suppressed = Assert.Single(Data.Indicators, r => r.Numerator.Status == ValueStatus.Suppressed);
        Assert.Equal("langzeitarbeitslosenanteil", suppressed.IndicatorId);
        Assert.Equal("05970012", suppressed.Space.Value);
        Assert.Equal(new LocalDate(2022, 12, 31), suppressed.Date);
        Assert.False(suppressed.Numerator.HasValue);
        Assert.Contains(Data.Indicators, r => r.Numerator.Status == ValueStatus.Provisional && r.Numerator.HasValue);
        Assert.Contains(Data.Indicators, r => r.Numerator.Status == ValueStatus.Estimated && r.Numerator.HasValue);
    }

    [Fact]
    public void Gisd_MunicipalScoresEqualTheSourceCsv()
    {
        var rows = ReadCsv("gisd_nrw_gvb_siegen-wittgenstein.csv");
        Assert.Equal(11 * 24, rows.Count);
        var records = Data.Indicators.Where(r => r.IndicatorId == Sample.GisdMunicipalIndicatorId).ToArray();
        Assert.Equal(rows.Count, records.Length);
        foreach (var row in rows)
        {
            var ags = row["gvb_id"][..5] + row["gvb_id"][6..];
            var year = int.Parse(row["year"], CultureInfo.InvariantCulture);
            var r = Assert.Single(records, r => r.Space.Value == ags && r.Date == new LocalDate(year, 12, 31));
            Assert.Equal(double.Parse(row["gisd_score"], CultureInfo.InvariantCulture), r.Numerator.Value);
            Assert.Equal(ValueStatus.Exact, r.Numerator.Status);
            Assert.Null(r.Denominator);
            Assert.Equal(ProvenanceKind.Sourced, r.Provenance!.Kind);
            Assert.Equal(Sample.GisdAttribution, r.Provenance.Source);
        }
    }

    [Fact]
    public void Gisd_CountyScoresEqualTheSourceCsv()
    {
        var rows = ReadCsv("gisd_bund_kreis_05970.csv");
        Assert.Equal(24, rows.Count);
        var records = Data.Indicators.Where(r => r.IndicatorId == Sample.GisdCountyIndicatorId).ToArray();
        Assert.Equal(24, records.Length);
        foreach (var row in rows)
        {
            var year = int.Parse(row["year"], CultureInfo.InvariantCulture);
            var r = Assert.Single(records, r => r.Date == new LocalDate(year, 12, 31));
            Assert.Equal(Sample.CountyId, r.Space.Value);
            Assert.Equal(double.Parse(row["gisd_score"], CultureInfo.InvariantCulture), r.Numerator.Value);
            Assert.Null(r.Denominator);
        }
    }

    [Fact]
    public void Json_RoundTripIsLossless()
    {
        var first = PlanningDataJson.WriteString(Data);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(first));
        var again = PlanningDataJson.Read(stream, "roundtrip.json");
        var second = PlanningDataJson.WriteString(again);
        Assert.Equal(first, second);
        Assert.Equal(Data.Offerings.Count, again.Offerings.Count);
        Assert.Equal(Data.Indicators.Count, again.Indicators.Count);
    }

    [Fact]
    public void DocumentJson_IsTheCanonicalFormat()
    {
        var text = Sample.LoadDocumentJson();
        Assert.Contains("\"format\": \"sozialindikatoren/dataset\"", text, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var parsed = PlanningDataJson.Read(stream, Sample.FileName);
        Assert.Equal(PlanningDataJson.WriteString(Data), PlanningDataJson.WriteString(parsed));
    }

    [Fact]
    public void FundingCategories_AllThreeOccur_AndOnlyTheExpiredProjectIsUnclassifiable()
    {
        var categories = Data.CategoriesAt(AsOf);
        Assert.Contains(categories, c => c.Value == FundingCategory.Full);
        Assert.Contains(categories, c => c.Value == FundingCategory.Partial);
        Assert.Contains(categories, c => c.Value == FundingCategory.ProviderFinanced);
        var none = Assert.Single(categories, c => c.Value == FundingCategory.NotClassifiable);
        Assert.Equal("mi-sprachcafe-kreuztal", none.Key.Id);
        Assert.All(Data.Offerings.Where(o => o.Id != "mi-sprachcafe-kreuztal"),
            o => Assert.All(o.Funding.Lines, l => Assert.True(l.IsActiveAt(AsOf), $"{o.Id}: {l}")));
        // Most free-provider offerings carry an own share of about 10 %.
        var freeWithOwn = Data.Offerings.Count(o => o.Funding.OwnShareAt(AsOf) is >= 0.05m and <= 0.25m);
        Assert.True(freeWithOwn >= 50, $"{freeWithOwn} offerings with an own share of 5–25 %");
    }

    [Fact]
    public void CategoryDisagreementReport_FindsTheDeliberateCase()
    {
        Assert.True(Data.Offerings.Count(o => o.RecordedCategory is not null) >= 5);
        var problem = Assert.Single(Data.CategoryDisagreements(AsOf));
        Assert.Contains("sb-caritas-siegen", problem.Source, StringComparison.Ordinal);
        Assert.Equal("recordedCategory", problem.Field);
        Assert.Equal("voll", problem.Value);
        Assert.Contains("teil", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fachberatung Schuldnerberatung")]
    [InlineData("Soziale Beratung von Geflüchteten")]
    [InlineData("Gefährdetenhilfe")]
    [InlineData("Familienberatung")]
    [InlineData("Landespauschale Suchthilfe")]
    [InlineData("Armutsbekämpfung (Landesprogramme)")]
    [InlineData("Gewaltschutz / Frauenhäuser")]
    [InlineData("Kinder- und Jugendschutz")]
    [InlineData("AIDS-Hilfe")]
    [InlineData("Berufseinstiegsbegleitung")]
    [InlineData("Alter und Pflege (Landesförderung)")]
    [InlineData("Hilfen für Menschen mit Behinderung (Landesförderung)")]
    [InlineData("Migrationsberatung für erwachsene Zugewanderte (MBE)")]
    [InlineData("Asylverfahrensberatung")]
    [InlineData("Psychosoziale Zentren für Geflüchtete")]
    [InlineData("Bundesfreiwilligendienst")]
    [InlineData("Zusammenhalt durch Teilhabe")]
    [InlineData("Jugendmigrationsdienste")]
    public void CutPresetProgrammeLines_AreUsedVerbatim(string programme)
    {
        var lines = Data.Offerings.SelectMany(o => o.Funding.Lines).Where(l => l.Programme == programme).ToArray();
        Assert.NotEmpty(lines);
        var expectedSource = programme is "Migrationsberatung für erwachsene Zugewanderte (MBE)" or "Asylverfahrensberatung"
            or "Psychosoziale Zentren für Geflüchtete" or "Bundesfreiwilligendienst" or "Zusammenhalt durch Teilhabe" or "Jugendmigrationsdienste"
            ? FundingSource.Bund : FundingSource.Land;
        Assert.All(lines, l => Assert.Equal(expectedSource, l.Source));
    }

    [Fact]
    public void Capacities_FollowTheIntendedSupplyPicture()
    {
        var data = Data;
        var region = data.Region;
        double population = Sample.CountyPopulation2024;
        var schulden = data.Offerings.Where(o => o.Domain == ServiceDomain.Schulden).ToArray();
        Assert.All(schulden, o => Assert.Equal(CapacityUnit.FullTimeEquivalents, o.Capacity.Unit));
        Assert.True(schulden.Sum(o => o.Capacity.Amount) < 2 * population / 50_000, "Schuldnerberatung deliberately below 2 FTE per 50,000");
        var frauenhaus = data.Offerings.Where(o => o.Domain == ServiceDomain.Gewaltschutz && o.Capacity.Unit == CapacityUnit.Places).ToArray();
        Assert.NotEmpty(frauenhaus);
        Assert.True(frauenhaus.Sum(o => o.Capacity.Amount) < population / 10_000, "Frauenhaus deliberately below 1 family place per 10,000");
        Assert.Contains(data.Offerings, o => o.Domain == ServiceDomain.Gewaltschutz && o.Capacity.Unit == CapacityUnit.FullTimeEquivalents);
        foreach (var ags in Municipalities.Keys)
        {
            var space = region[new SpaceId(ags)];
            var u3 = Assert.Single(data.Offerings, o => o.Location == space.Id && o.Id.StartsWith("kj-u3-", StringComparison.Ordinal));
            Assert.Equal(Obligation.IndividualLegalClaim, u3.Obligation);
            Assert.InRange(u3.Capacity.Amount / space.Population!.Count(AgeBand.Under(3)), 0.29, 0.46);
            var nursing = Assert.Single(data.Offerings, o => o.Location == space.Id && o.Id.StartsWith("ap-stationaer-", StringComparison.Ordinal));
            Assert.InRange(nursing.Capacity.Amount / space.Population.Count(AgeBand.FromAge(80)), 0.09, 0.17);
        }
        double NursingRatio(string ags) => data.Offerings.Single(o => o.Id.StartsWith("ap-stationaer-", StringComparison.Ordinal) && o.Location.Value == ags).Capacity.Amount
            / region[new SpaceId(ags)].Population!.Count(AgeBand.FromAge(80));
        var shortest = Municipalities.Keys.OrderBy(NursingRatio).Take(4).Order(StringComparer.Ordinal);
        Assert.Equal(["05970004", "05970024", "05970040", "05970044"], shortest); // Bad Berleburg, Kreuztal, Siegen, Wilnsdorf
        Assert.Contains(data.Offerings, o => o.ServedSpaces.Count > 1);
    }

    [Fact]
    public void Statements_ArePresentAndOneIsAClosure()
    {
        Assert.InRange(Data.ConferenceStatements.Count, 6, 8);
        Assert.InRange(Data.ProviderStatements.Count, 5, 6);
        Assert.Single(Data.ProviderStatements, s => s.IsClosure);
        Assert.Contains(Data.ConferenceStatements, c => c.Source == "Sozialraumkonferenz Wittgenstein");
    }

    [Fact]
    public void MunicipalityBoundaries_AreElevenClosedPolygonsInTheCounty()
    {
        var boundaries = Sample.MunicipalityBoundaries();
        Assert.Equal(11, boundaries.Count);
        Assert.Equal(Sample.MunicipalityIds, boundaries.Select(b => b.Key.Value));
        foreach (var (_, polygon) in boundaries)
        {
            Assert.True(polygon.Exterior.Count >= 60);
            Assert.All(polygon.Exterior, p =>
            {
                Assert.InRange(p.Longitude, 7.82, 8.55);
                Assert.InRange(p.Latitude, 50.68, 51.15);
            });
        }
    }

    private static List<Dictionary<string, string>> ReadCsv(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "gisd", file);
        using var reader = new Sozialindikatoren.Data.Csv.CsvTokenizer(new StreamReader(path), ',');
        if (!reader.Read()) return [];
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++) row[names[i]] = reader.GetString(i);
            rows.Add(row);
        }
        return rows;
    }
}

using Exceed.Core.Data;
using Exceed.Core.Search;
using Exceed.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Web.Tests.Search;

/// <summary>Search finds exactly what the brute-force oracle finds, on generated zh-Hans / zh-Hant / English text.</summary>
public abstract class SearchOracleScenarios<TApp>(TApp app) : Scenario<TApp>(app) where TApp : ExceedFactory
{
    private const int Documents = 400;
    private const int Queries = 400;
    private static readonly Guid[] Customers = [.. Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7())];

    private async Task<List<(long Id, SearchEntry Entry)>> IndexGeneratedAsync(MixedText text)
    {
        using var scope = App.Services.CreateScope();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        var db = scope.ServiceProvider.GetRequiredService<ExceedDb>();
        var entries = Enumerable.Range(0, Documents).Select(i => new SearchEntry(
            (SearchKind)(i % 4), Guid.CreateVersion7(), Customers[i % Customers.Length], null, text.Document(),
            ExceedFactory.Monday0930Shanghai.AddMinutes(-i))).ToList();
        foreach (var entry in entries)
        {
            await index.IndexAsync(entry, Ct);
        }
        await db.SaveChangesAsync(Ct);
        var ids = await db.SearchDocuments.AsNoTracking().ToDictionaryAsync(d => d.EntityId, d => d.Id, Ct);
        return entries.Select(e => (ids[e.EntityId], e)).ToList();
    }

    [Fact]
    public Task Search_finds_exactly_what_the_oracle_finds() =>
        AssertSameAsOracleAsync(seed: 4, db => new SearchIndex(db), _ => SearchIndex.MaxLimit);

    /// <summary>
    /// Windows of a few rows make PostgreSQL go through every step on 400 documents: the probe of the newest rows,
    /// the longer walk, and the index below it; small pages make each step stop early.
    /// </summary>
    [Fact]
    public Task Search_in_small_walk_windows_and_pages_finds_what_the_oracle_finds() =>
        AssertSameAsOracleAsync(seed: 5, db => new SearchIndex(db, new SearchWalkWindows(ProbeRows: 7, WalkRows: 30)),
            random => new[] { 1, 3, 20, SearchIndex.MaxLimit }[random.Next(4)]);

    private async Task AssertSameAsOracleAsync(int seed, Func<ExceedDb, SearchIndex> createIndex, Func<Random, int> pickLimit)
    {
        var text = new MixedText(seed);
        var documents = await IndexGeneratedAsync(text);
        using var scope = App.Services.CreateScope();
        var index = createIndex(scope.ServiceProvider.GetRequiredService<ExceedDb>());
        var random = new Random(seed + 3);
        var checkedWithHits = 0;

        for (var i = 0; i < Queries; i++)
        {
            var q = text.Query(documents.Select(d => d.Entry.Text).ToList());
            var filter = random.Next(4) == 0 ? new SearchFilter(Kind: (SearchKind)random.Next(4))
                : random.Next(4) == 0 ? new SearchFilter(CustomerId: Customers[random.Next(Customers.Length)]) : new SearchFilter();
            var limit = pickLimit(random);
            if (SearchQuery.Parse(q).Value is not { } parsed)
            {
                continue;
            }
            var expected = documents
                .Where(d => (filter.Kind is null || d.Entry.Kind == filter.Kind) && (filter.CustomerId is null || d.Entry.CustomerId == filter.CustomerId))
                .Where(d => SearchOracle.Matches(d.Entry.Text, parsed))
                .OrderByDescending(d => d.Id).Select(d => d.Entry.EntityId).ToList();

            var found = (await index.SearchAsync(q, filter, limit, Ct)).Value!;

            Assert.True(expected.Take(limit).SequenceEqual(found.Hits.Select(h => h.EntityId)),
                $"query «{q}» ({filter}, limit {limit}): oracle {expected.Count}, search {found.Hits.Count}");
            Assert.Equal(expected.Count > limit, found.More);
            checkedWithHits += expected.Count > 0 ? 1 : 0;
        }
        Assert.True(checkedWithHits > Queries / 3, $"only {checkedWithHits} queries had hits: the generator needs more overlap");
    }

    [Fact]
    public async Task Every_highlight_covers_text_that_folds_to_a_query_term()
    {
        var text = new MixedText(seed: 11);
        var documents = await IndexGeneratedAsync(text);
        using var scope = App.Services.CreateScope();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();

        foreach (var q in new[] { "訂單", "质量 refund", "发货", "order", "單發" })
        {
            var terms = SearchQuery.Parse(q).Value!.Terms.Select(t => t.Text).ToHashSet();
            foreach (var hit in (await index.SearchAsync(q, null, SearchIndex.MaxLimit, Ct)).Value!.Hits)
            {
                var original = documents.Single(d => d.Entry.EntityId == hit.EntityId).Entry.Text;
                Assert.NotEmpty(hit.Highlights);
                Assert.All(hit.Highlights, h => Assert.Contains(FoldedText.Fold(original.Substring(h.Start, h.Length)).Text, terms));
            }
        }
    }
}

public sealed class SearchOracleOnSqlite(SqliteExceed app) : SearchOracleScenarios<SqliteExceed>(app);
public sealed class SearchOracleOnPostgres(PostgresExceed app) : SearchOracleScenarios<PostgresExceed>(app);

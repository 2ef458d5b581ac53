using System.CommandLine;
using Exceed.Core.Customers;
using Exceed.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Exceed.Bench;

/// <summary>`bench phones --count 10000 > phones.txt`: known phone numbers, sampled at random, for the harnesses.</summary>
internal static class PhonesCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many phone numbers to sample.", DefaultValueFactory = _ => 10_000 };
        var command = new Command("phones", "Print phone numbers (E.164) of existing customers, one a line, sampled at random.") { count };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = BenchServices.Build();
            using var scope = services.CreateScope();
            var phones = await SampleAsync(scope.ServiceProvider.GetRequiredService<ExceedDb>(), parse.GetValue(count), ct);
            foreach (var phone in phones)
            {
                Console.WriteLine(phone);
            }
            return phones.Count > 0 ? 0 : 1;
        });
        return command;
    }

    public static Task<List<string>> SampleAsync(ExceedDb db, int count, CancellationToken ct) =>
        db.Identities.AsNoTracking()
            .Where(i => i.Kind == IdentityKind.Phone)
            .OrderBy(_ => EF.Functions.Random())
            .Take(count)
            .Select(i => i.Value)
            .ToListAsync(ct);
}

using Exceed.Core.Customers;
using Exceed.Web.Infrastructure;

namespace Exceed.Web.Customers;

/// <summary>/api/v1/customers: the customer memory.</summary>
internal static class CustomersApi
{
    public static RouteGroupBuilder MapCustomersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Customers").RequireAuthorization(WebSetup.StaffPolicy);

        group.MapGet("/", async (string? q, int? limit, CustomerSearch search, CancellationToken ct) =>
            TypedResults.Ok(await search.FindAsync(q, Math.Clamp(limit ?? 50, 1, 200), ct)))
            .WithSummary("Search customers by name, phone (any format), email or handle.");

        group.MapPost("/", async (CustomerInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.CreateAsync(input, http.User.Actor(), ct)).ToResult(c => TypedResults.Created($"/api/v1/customers/{c.Id}", CustomerView.From(c))))
            .WithSummary("Create a customer with identities, preferences, dates, purchases, wishes and notes.");

        group.MapGet("/{id:guid}", async (Guid id, CustomerService customers, CancellationToken ct) =>
            await customers.GetAsync(id, ct) is { } c
                ? Results.Ok(CustomerView.From(c))
                : TypedResults.Problem($"No customer with id {id}.", statusCode: 404, title: "Not found"));

        group.MapPatch("/{id:guid}", async (Guid id, CustomerInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.UpdateProfileAsync(id, input, http.User.Actor(), ct)).ToResult(c => TypedResults.Ok(CustomerView.From(c))))
            .WithSummary("Change profile fields; fields left out stay as they are.");

        group.MapPost("/{id:guid}/identities", async (Guid id, IdentityInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.AddIdentityAsync(id, input, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)));
        group.MapPost("/{id:guid}/preferences", async (Guid id, PreferenceInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.AddPreferenceAsync(id, input, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)));
        group.MapPost("/{id:guid}/dates", async (Guid id, DateInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.AddDateAsync(id, input, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)));
        group.MapPost("/{id:guid}/purchases", async (Guid id, PurchaseInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.AddPurchaseAsync(id, input, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)));
        group.MapPost("/{id:guid}/wishes", async (Guid id, WishInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.AddWishAsync(id, input, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)));
        group.MapPost("/{id:guid}/wishes/{wishId:guid}/fulfil", async (Guid id, Guid wishId, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.FulfilWishAsync(id, wishId, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)))
            .WithSummary("Mark a wished item as bought or given.");
        group.MapPost("/{id:guid}/notes", async (Guid id, NoteInput input, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.AddNoteAsync(id, input.Text, http.User.Actor(), ct)).ToResult(x => TypedResults.Ok(x)));
        group.MapDelete("/{id:guid}/{part}/{partId:guid}", async (Guid id, CustomerPart part, Guid partId, CustomerService customers, HttpContext http, CancellationToken ct) =>
            (await customers.RemovePartAsync(id, part, partId, http.User.Actor(), ct)).ToResult(_ => TypedResults.NoContent()))
            .WithSummary("Remove one identity, preference, date, purchase, wish or note (part: identities, preferences, dates, purchases, wishes, notes).");
        return group;
    }
}

public sealed record NoteInput(string? Text);

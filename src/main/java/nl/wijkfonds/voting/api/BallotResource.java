package nl.wijkfonds.voting.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.voting.BallotBox;
import nl.wijkfonds.voting.CastCommand;
import nl.wijkfonds.voting.CastReceipt;
import nl.wijkfonds.voting.Choice;
import nl.wijkfonds.voting.StoredBallot;
import nl.wijkfonds.voting.VoteRefused;
import nl.wijkfonds.voting.VotingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * The vote API: a voter (or an app on their behalf) casts a vote with the code from their letter, their postcode and
 * their choices, and gets the receipt codes back; anyone can look a ballot up by its receipt. Refusals are RFC 9457
 * problem documents in the language of the request's Accept-Language (Dutch by default).
 *
 * <p>One instance serves every request (it keeps no request state): created per request, as JAX-RS does by default,
 * it made the container look up and wrap both services anew for every vote.
 */
@ApplicationScoped
@Path("rounds/{round}/ballots")
public class BallotResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    private VotingService voting;

    @Inject
    private BallotBox ballotBox;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, PROBLEM})
    @Operation(summary = "Cast a vote", description = "One vote per voting code, only while the round is in its"
            + " voting phase. The choices are sorted onto the voter's neighbourhood's and the district's ballot; each"
            + " gets its own receipt. Points are for cumulative ballots, rank (1 = first) for rankings.")
    // A description rather than a schema: Payara fills every unset bound of an annotated schema with nonsense
    // (maxProperties 0, minItems 2147483647).
    @RequestBody(required = true, description = "\"code\": the voting code from the letter (spaces and hyphens are"
            + " ignored); \"postcode\": the voter's postcode, as in the register; \"choices\": one object per chosen"
            + " plan, {\"plan\": id}, with \"points\" on a cumulative ballot or \"rank\" (1 = first) on a ranking.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "approval", value = "{\"code\": \"3A7CD-EF9GH\", \"postcode\":"
                    + " \"1053 AB\", \"choices\": [{\"plan\": 12}, {\"plan\": 15}]}")))
    @APIResponse(responseCode = "201", description = "Cast; the body lists the receipt of each ballot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "receipts",
                    value = "{\"receipts\": [{\"ballot\": \"Osdorp\", \"receipt\": \"K7XM4RTA9CWE\"}]}")))
    @APIResponse(responseCode = "400", description = "Not a valid ballot (the problem lists every error)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "Wrong code, or code and postcode do not go together",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such round", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "This code has voted already",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "423", description = "The round is not open for voting",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many wrong codes: wait (see Retry-After)",
            content = @Content(mediaType = PROBLEM))
    public Response cast(@PathParam("round") long roundId, String body,
                         @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = locale(acceptLanguage);
        CastCommand vote;
        try {
            vote = command(body);
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException malformed) {
            return ProblemDocuments.response(400, "invalid-ballot", "voting.api.malformed", List.of(), locale);
        }
        try {
            CastReceipt receipt = voting.cast(roundId, vote);
            JsonArrayBuilder receipts = JSON.createArrayBuilder();
            receipt.ballots().forEach(line -> receipts.add(JSON.createObjectBuilder()
                    .add("ballot", line.ballot()).add("receipt", line.receipt())));
            return Response.created(UriBuilder.fromResource(BallotResource.class)
                            .path(receipt.ballots().get(0).receipt()).build(roundId))
                    .type(MediaType.APPLICATION_JSON)
                    .entity(JSON.createObjectBuilder().add("receipts", receipts).build().toString())
                    .build();
        } catch (VoteRefused refused) {
            return ProblemDocuments.refusal(refused, locale);
        } catch (NotFoundException unknownRound) {
            return ProblemDocuments.response(404, "not-found", "voting.api.noRound", List.of(), locale);
        } catch (DomainException invalid) {
            return ProblemDocuments.invalid(invalid, locale);
        }
    }

    @GET
    @Path("{receipt}")
    @Produces({MediaType.APPLICATION_JSON, PROBLEM})
    @Operation(summary = "Look a ballot up by its receipt", description = "What the ballot holds; never who cast it.")
    @APIResponse(responseCode = "200", description = "The ballot")
    @APIResponse(responseCode = "404", description = "No ballot of this round has that receipt")
    public Response ballot(@PathParam("round") long roundId, @PathParam("receipt") String receipt,
                           @HeaderParam("Accept-Language") String acceptLanguage) {
        return ballotBox.byReceipt(receipt).filter(b -> b.roundId() == roundId)
                .map(b -> Response.ok(json(b).toString(), MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> ProblemDocuments.response(404, "not-found", "voting.api.noBallot", List.of(),
                        locale(acceptLanguage)));
    }

    private static JsonObject json(StoredBallot ballot) {
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        ballot.choices().forEach(choice -> choices.add(choice.json()));
        var json = JSON.createObjectBuilder().add("receipt", ballot.receipt()).add("kind", ballot.kind().name());
        if (ballot.neighbourhoodId() != null) {
            json.add("neighbourhood", ballot.neighbourhoodId());
        }
        return json.add("choices", choices).build();
    }

    /** The request body as a command; a body that is no such JSON object throws. */
    private static CastCommand command(String body) {
        JsonObject json = JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
        List<Choice> choices = new ArrayList<>();
        JsonArray given = json.getJsonArray("choices");
        for (JsonValue value : given == null ? JsonValue.EMPTY_JSON_ARRAY : given) {
            choices.add(Choice.fromJson(value.asJsonObject()));
        }
        return new CastCommand(json.getString("code", null), json.getString("postcode", null), choices);
    }

    private static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Languages.ENGLISH : Languages.DUTCH;
    }
}

package org.parkportal.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code GET /api/v1/openapi.json}: the API's OpenAPI document (hand-written, next to this class; a unit test keeps it
 * equal to the resources). Public — it describes the API, not anyone's data — so it is not {@link SignedIn}, and
 * {@link BasicAuthentication} does not check credentials sent with it. Cacheable by anyone, revalidated by ETag.
 */
@Path(OpenApiDocument.PATH)
@ApplicationScoped
public class OpenApiDocument {

    static final String PATH = "openapi.json";
    private static final String URI = "/api/v1/" + PATH;
    private static final int MAX_AGE_SECONDS = 3600;

    private final byte[] document;
    private final EntityTag tag;

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is missing next to " + OpenApiDocument.class.getName());
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tag = new EntityTag(sha256(document));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document(@Context Request request) {
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged
                : Response.ok(document, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        return answer.tag(tag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).build();
    }

    /** Whether the request asks for this document (the one API address that needs no credentials at all). */
    static boolean requested(HttpServletRequest request) {
        return (request.getContextPath() + URI).equals(request.getRequestURI());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.headcount.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.NettyPipeline;

import java.nio.charset.StandardCharsets;

/**
 * Every 4xx/5xx the gateway itself produces is problem+json: errors inside the WebFlux chain (unrouted paths,
 * refused requests), URLs Spring Security's firewall refuses, and the answers Netty sends on its own before any
 * request exists (a request line or headers too long, a malformed request: otherwise empty bodies).
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandling.class);

    /** Ahead of Boot's own handler (order -1), which answers with Spring's error JSON. */
    @Bean
    @Order(-2)
    ErrorWebExceptionHandler problemErrorWebExceptionHandler() {
        return (exchange, error) -> {
            HttpStatusCode status = error instanceof ResponseStatusException rse ? rse.getStatusCode()
                    : HttpStatus.INTERNAL_SERVER_ERROR;
            if (status.is5xxServerError() && !(error instanceof reactor.netty.channel.AbortedException)) {
                log.warn("gateway error on {}", exchange.getRequest().getPath(), error);
            }
            return GatewayProblems.write(exchange.getResponse(), status, GatewayProblems.json(status.value()));
        };
    }

    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler() {
        return (exchange, rejected) -> GatewayProblems.write(exchange.getResponse(), HttpStatus.BAD_REQUEST,
                GatewayProblems.json(400, "http-400", "Bad Request", "the URL was refused: it contains a "
                        + "sequence this API never uses (such as '..', ';', an encoded '%' or '/')"));
    }

    @Bean
    WebServerFactoryCustomizer<NettyReactiveWebServerFactory> problemBodiesForNettyErrors() {
        return factory -> factory.addServerCustomizers(server -> server.doOnChannelInit(
                (observer, channel, address) -> {
                    if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                        channel.pipeline().addAfter(NettyPipeline.HttpCodec, "headcount-problem-bodies",
                                new EmptyErrorBodies());
                    }
                }));
    }

    /** Fills the empty body of an error response Netty wrote itself (414, 431, 400 on a malformed request). */
    static final class EmptyErrorBodies extends ChannelDuplexHandler {

        @Override
        public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
            if (message instanceof FullHttpResponse response && response.status().code() >= 400
                    && response.content().readableBytes() == 0) {
                ByteBuf body = Unpooled.copiedBuffer(GatewayProblems.json(response.status().code()),
                        StandardCharsets.UTF_8);
                FullHttpResponse problem = new DefaultFullHttpResponse(response.protocolVersion(),
                        response.status(), body, response.headers().copy(), response.trailingHeaders().copy());
                problem.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json");
                problem.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
                response.release();
                context.write(problem, promise);
                return;
            }
            if (message instanceof HttpResponse response && !(message instanceof FullHttpResponse)
                    && response.status().code() >= 400 && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    && "0".equals(response.headers().get(HttpHeaderNames.CONTENT_LENGTH))) {
                log.debug("empty {} without a body from the WebFlux chain", response.status());
            }
            context.write(message, promise);
        }
    }
}

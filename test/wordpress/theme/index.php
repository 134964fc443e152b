<?php
/**
 * One template for everything: the posts of the query, in full.
 *
 * @package kiut-test
 */

?><!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<?php wp_head(); ?>
</head>
<body>
<main>
<?php
while ( have_posts() ) :
	the_post();
	?>
	<article>
		<h1><?php the_title(); ?></h1>
		<?php the_content(); ?>
	</article>
	<?php
endwhile;
?>
</main>
<?php wp_footer(); ?>
</body>
</html>
